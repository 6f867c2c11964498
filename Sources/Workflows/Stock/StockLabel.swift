import Inventory

/// What the stock desk reads off an article's label: the GTIN always, and for loan units and
/// medicines the serial, batch and expiry that GS1 DataMatrix labels carry.
public struct StockLabel: Sendable, Equatable, Codable {
    /// Always 14 digits with a valid check digit: EAN-13, EAN-8 and UPC are padded with zeros,
    /// so one article has one key whichever label a supplier printed.
    public var gtin: String
    public var serial: String?
    public var batch: String?
    /// From AI 17 (YYMMDD; day 00 means the last day of the month).
    public var expiry: LocalDay?

    public init(gtin: String, serial: String? = nil, batch: String? = nil, expiry: LocalDay? = nil) {
        self.gtin = gtin
        self.serial = serial
        self.batch = batch
        self.expiry = expiry
    }
}
