import Foundation
import Inventory

/// One line of the open batch: an article with its label details and how many. A loan unit
/// (with a serial) is always one line of quantity 1; a consumable's repeated scans add up.
public struct StockDeskLine: Sendable, Equatable, Codable {
    public var number: Int
    public var articleId: Int64
    public var gtin: String
    public var articleName: String
    public var serial: String?
    public var batch: String?
    public var expiry: LocalDay?
    public var quantity: Int
    /// Things staff should look at before confirming (an expired label, a near expiry).
    public var warnings: [LocalizedText]

    public init(
        number: Int, articleId: Int64, gtin: String, articleName: String, serial: String? = nil, batch: String? = nil, expiry: LocalDay? = nil,
        quantity: Int = 1, warnings: [LocalizedText] = []
    ) {
        self.number = number
        self.articleId = articleId
        self.gtin = gtin
        self.articleName = articleName
        self.serial = serial
        self.batch = batch
        self.expiry = expiry
        self.quantity = quantity
        self.warnings = warnings
    }

    /// The same consumable from the same batch: a further scan counts up instead of adding a line.
    func isSameGoods(as label: StockLabel) -> Bool {
        serial == nil && label.serial == nil && gtin == label.gtin && batch == label.batch && expiry == label.expiry
    }
}
