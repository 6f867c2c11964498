/// Rides open at check-in and close at check-out; chores and activity visits are one tap.
public enum ServiceKind: String, Sendable, Codable, CaseIterable {
    case ride
    case chore
    case activity

    public var label: LocalizedText {
        switch self {
        case .ride: LocalizedText(nl: "rit", en: "ride")
        case .chore: LocalizedText(nl: "klus", en: "chore")
        case .activity: LocalizedText(nl: "activiteit", en: "activity")
        }
    }
}
