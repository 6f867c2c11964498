/// What a non-payment command (repeat receipt, end of day, status enquiry) brought back
/// before its 06 0F or 06 1E.
struct ZVTCollectedReply: Sendable {
    /// The data of the last 04 0F, decoded by the operation that asked, since each needs
    /// different BMPs.
    var statusData: [UInt8]?
    /// Receipt lines, already cleared of card numbers.
    var lines: [String] = []
    /// The result code of a 06 1E: the command ended without doing its work.
    var abortCode: UInt8?
}
