/// Where a card payment stands. `pending` is written before anything goes to the terminal and
/// `sent` just before the charge command, so a restart can tell "never sent" (nothing charged)
/// from "maybe charged" (`unknown`, recovered from the terminal's own record).
public enum PaymentStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case sent
    case approved
    case declined
    case aborted
    case unknown

    /// Statuses that hold the reference: a new charge for it would risk paying twice.
    public static let holdingReference: [PaymentStatus] = [.pending, .sent, .approved, .unknown]

    public var isFinal: Bool {
        switch self {
        case .declined, .aborted: true
        case .approved, .pending, .sent, .unknown: false
        }
    }

    public var text: LocalizedText {
        switch self {
        case .pending: LocalizedText(nl: "klaargezet", en: "pending")
        case .sent: LocalizedText(nl: "bezig", en: "in progress")
        case .approved: LocalizedText(nl: "betaald", en: "approved")
        case .declined: LocalizedText(nl: "geweigerd", en: "declined")
        case .aborted: LocalizedText(nl: "afgebroken", en: "aborted")
        case .unknown: LocalizedText(nl: "onbekend — wordt nagekeken", en: "unknown — being recovered")
        }
    }
}
