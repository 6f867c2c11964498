import Inventory

/// A payment's progress on the event stream: enough for `kiosk pay` and the console to show
/// it, nothing about the card.
public struct PaymentNotice: Sendable, Codable, Equatable {
    public var id: Int64
    public var reference: String
    public var amountCents: Int
    public var status: PaymentStatus
    /// Set while the terminal is busy with the customer.
    public var step: PaymentStep?

    public init(id: Int64, reference: String, amountCents: Int, status: PaymentStatus, step: PaymentStep?) {
        self.id = id
        self.reference = reference
        self.amountCents = amountCents
        self.status = status
        self.step = step
    }
}
