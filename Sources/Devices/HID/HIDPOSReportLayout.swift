/// Where the fields of a HID POS "Scanned Data Report" sit, so a scanner whose firmware places
/// them differently needs a new table entry rather than a new decoder.
///
/// `standard` is the layout of the HID Point of Sale Usage Tables 1.02 (USB-IF, usage page 0x8C
/// "Bar Code Scanner", Scanned Data Report 0x12) as Honeywell (e.g. Voyager 1400g, VID 0c2e)
/// and Access-IS (ATR110/LSR118 product manuals, appendix "HID Reports") document and send it,
/// 64 bytes per interrupt IN report, offsets counted from the report ID byte:
///
/// | byte  | field                                                                  |
/// |-------|------------------------------------------------------------------------|
/// | 0     | report ID 0x02                                                         |
/// | 1     | number of valid data bytes in this report (0–56), AIM identifier excluded |
/// | 2–4   | AIM symbology identifier, e.g. `]E0` (repeated in every report of a code) |
/// | 5–60  | decoded data, left-aligned, zero padded                                 |
/// | 61–62 | vendor symbology code and a reserved byte (ignored)                     |
/// | 63    | bit 0 set: more reports of this code follow                             |
///
/// A recorded Honeywell sequence (HenkVanAsselt/python_hon_usbhid, README) shows exactly this:
/// `02 38 5D 58 30 …56 data… 3F 00 01` for a continued part and `02 09 5D 58 30 …9 data… 3F 00 00`
/// for the last one.
public struct HIDPOSReportLayout: Sendable, Hashable {
    /// The first byte of the reports to decode; other report IDs on the same interface
    /// (attribute or status reports) are skipped.
    public var reportID: UInt8
    public var lengthOffset: Int
    public var symbologyOffset: Int
    /// Characters of the symbology identifier: three for AIM (`]` + code + modifier).
    public var symbologyLength: Int
    public var dataOffset: Int
    /// The most data bytes one report can carry; a larger length byte marks a corrupt report.
    public var dataCapacity: Int
    public var continuationOffset: Int
    public var continuationMask: UInt8

    public init(
        reportID: UInt8 = 0x02,
        lengthOffset: Int = 1,
        symbologyOffset: Int = 2,
        symbologyLength: Int = 3,
        dataOffset: Int = 5,
        dataCapacity: Int = 56,
        continuationOffset: Int = 63,
        continuationMask: UInt8 = 0x01
    ) {
        self.reportID = reportID
        self.lengthOffset = lengthOffset
        self.symbologyOffset = symbologyOffset
        self.symbologyLength = symbologyLength
        self.dataOffset = dataOffset
        self.dataCapacity = dataCapacity
        self.continuationOffset = continuationOffset
        self.continuationMask = continuationMask
    }

    /// HID POS Usage Tables 1.02 as sent by Honeywell and Access-IS scanners; see the type's
    /// documentation for the byte table.
    public static let standard = HIDPOSReportLayout()

    /// The shortest report that still holds every field; shorter ones are truncated transfers.
    public var minimumReportLength: Int {
        max(lengthOffset, symbologyOffset + symbologyLength - 1, dataOffset + dataCapacity - 1, continuationOffset) + 1
    }
}
