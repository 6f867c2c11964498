/// A terminal's answer as the store journals it, in the hub's own terms.
public enum PaymentOutcome: Sendable, Equatable, Hashable {
    case approved(PaymentApproval)
    case declined(code: Int, reason: String)
    case aborted(code: Int, reason: String)

    var status: PaymentStatus {
        switch self {
        case .approved: .approved
        case .declined: .declined
        case .aborted: .aborted
        }
    }
}
