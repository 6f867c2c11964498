/// A payment with its receipt, as `kiosk payments` shows it.
public struct PaymentView: Sendable, Equatable, Codable {
    public var payment: Payment
    public var receipt: [String]

    public init(payment: Payment, receipt: [String]) {
        self.payment = payment
        self.receipt = receipt
    }
}
