/// What the hub keeps from a 04 0F status information: enough to journal and match a payment,
/// and never the card data itself (`maskedPAN` is masked even if the terminal sent it clear).
public struct ZVTStatusInformation: Sendable, Equatable, Hashable {
    public var resultCode: ZVTResultCode?
    public var amountCents: Int64?
    public var currency: Int?
    public var receiptNumber: Int?
    public var trace: Int?
    /// Eight digits kept as text: leading zeros are part of a terminal id.
    public var terminalID: String?
    public var maskedPAN: String?
    public var cardName: String?
    public var text: String?
    /// BMPs whose length was known but whose meaning the hub does not use (TLV 06, AID, …).
    public var skippedTagCount: Int

    public init(
        resultCode: ZVTResultCode? = nil, amountCents: Int64? = nil, currency: Int? = nil,
        receiptNumber: Int? = nil, trace: Int? = nil, terminalID: String? = nil,
        maskedPAN: String? = nil, cardName: String? = nil, text: String? = nil, skippedTagCount: Int = 0
    ) {
        self.resultCode = resultCode
        self.amountCents = amountCents
        self.currency = currency
        self.receiptNumber = receiptNumber
        self.trace = trace
        self.terminalID = terminalID
        self.maskedPAN = maskedPAN
        self.cardName = cardName
        self.text = text
        self.skippedTagCount = skippedTagCount
    }
}
