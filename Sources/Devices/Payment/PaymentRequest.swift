/// What the core asks a terminal to charge.
public struct PaymentRequest: Sendable, Equatable, Hashable {
    /// What the payment is for (a ride, a service use, a purchase); for logs only, terminals
    /// do not receive it.
    public var reference: String
    /// Whole euro cents, always positive.
    public var amountCents: Int64

    public init(reference: String, amountCents: Int64) {
        self.reference = reference
        self.amountCents = amountCents
    }
}
