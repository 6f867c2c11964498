/// A booked card payment as the terminal reports it. Holds no card data beyond a masked PAN.
public struct TerminalTransaction: Sendable, Equatable, Hashable {
    public var receiptNumber: Int?
    public var amountCents: Int64?
    public var trace: Int?
    public var terminalID: String?
    /// Masked by the adapter (at most the last four digits readable), or nil.
    public var maskedPAN: String?
    public var cardName: String?

    public init(
        receiptNumber: Int?, amountCents: Int64?, trace: Int? = nil, terminalID: String? = nil,
        maskedPAN: String? = nil, cardName: String? = nil
    ) {
        self.receiptNumber = receiptNumber
        self.amountCents = amountCents
        self.trace = trace
        self.terminalID = terminalID
        self.maskedPAN = maskedPAN
        self.cardName = cardName
    }
}
