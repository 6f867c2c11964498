import Inventory

/// How a payment request ended, for the kiosk, `kiosk pay` and the API.
public struct PaymentSettlement: Sendable, Codable, Equatable {
    public var payment: Payment
    public var receipt: [String]
    /// True when the reference was already paid and nothing was charged now.
    public var alreadyPaid: Bool

    public init(payment: Payment, receipt: [String], alreadyPaid: Bool) {
        self.payment = payment
        self.receipt = receipt
        self.alreadyPaid = alreadyPaid
    }
}
