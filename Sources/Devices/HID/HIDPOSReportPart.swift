/// One Scanned Data Report after its fields were checked against the layout.
struct HIDPOSReportPart: Sendable, Equatable {
    /// nil when the scanner sends no identifier (all-zero bytes).
    var symbology: String?
    var data: [UInt8]
    /// The continuation flag: the code goes on in the next report.
    var more: Bool
}
