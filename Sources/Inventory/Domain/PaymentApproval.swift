/// What the terminal reported for an approved payment. Holds no card data beyond the masked
/// number the terminal itself shows.
public struct PaymentApproval: Sendable, Equatable, Hashable, Codable {
    public var receiptNumber: Int?
    public var trace: Int?
    public var terminalID: String?
    public var maskedPAN: String?
    public var cardName: String?

    public init(receiptNumber: Int?, trace: Int? = nil, terminalID: String? = nil, maskedPAN: String? = nil, cardName: String? = nil) {
        self.receiptNumber = receiptNumber
        self.trace = trace
        self.terminalID = terminalID
        self.maskedPAN = maskedPAN
        self.cardName = cardName
    }
}
