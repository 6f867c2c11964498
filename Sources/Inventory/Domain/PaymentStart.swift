/// What `PaymentStore.begin` did with a request.
public enum PaymentStart: Sendable, Equatable {
    /// Stored as PENDING: charge it.
    case created(Payment)
    /// The reference was already paid: charge nothing, answer with this.
    case alreadyApproved(Payment)
}
