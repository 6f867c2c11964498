/// The terminal's own count and sum of the payments it booked since its last day close.
public struct TerminalTotals: Sendable, Equatable, Hashable {
    public var count: Int
    public var amountCents: Int64
    /// The closing receipt, cleared of card numbers.
    public var receiptLines: [String]

    public init(count: Int, amountCents: Int64, receiptLines: [String] = []) {
        self.count = count
        self.amountCents = amountCents
        self.receiptLines = receiptLines
    }
}
