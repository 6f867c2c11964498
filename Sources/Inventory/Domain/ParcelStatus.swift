/// Where a parcel stands; derived from its assignment and its latest delivery attempt.
public enum ParcelStatus: String, Sendable, Codable, CaseIterable {
    case unassigned
    case assigned
    case notHome = "not-home"
    case delivered
    case returned

    public var label: LocalizedText {
        switch self {
        case .unassigned: LocalizedText(nl: "niet toegewezen", en: "unassigned")
        case .assigned: LocalizedText(nl: "klaar voor de ronde", en: "ready for the round")
        case .notHome: LocalizedText(nl: "niet thuis, opnieuw", en: "not home, retry")
        case .delivered: LocalizedText(nl: "afgeleverd", en: "delivered")
        case .returned: LocalizedText(nl: "retour", en: "returned")
        }
    }
}
