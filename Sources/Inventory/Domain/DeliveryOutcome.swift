/// How a delivery attempt ended on the round.
public enum DeliveryOutcome: String, Sendable, Codable, CaseIterable {
    /// Handed over in person: a contact moment, which is the point of the round.
    case contact
    case letterbox
    case neighbour
    /// Nobody home: the parcel goes back on the next day's list.
    case notHome = "not-home"
    case returned

    /// Only not-home leaves the parcel open for another attempt.
    public var isFinal: Bool { self != .notHome }

    public var label: LocalizedText {
        switch self {
        case .contact: LocalizedText(nl: "persoonlijk afgegeven", en: "handed over in person")
        case .letterbox: LocalizedText(nl: "brievenbus", en: "letterbox")
        case .neighbour: LocalizedText(nl: "bij de buren", en: "with a neighbour")
        case .notHome: LocalizedText(nl: "niet thuis", en: "not home")
        case .returned: LocalizedText(nl: "retour leverancier", en: "returned to supplier")
        }
    }
}
