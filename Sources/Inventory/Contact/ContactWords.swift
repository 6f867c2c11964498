/// What a concierge notices at the door (issue 18). The categories are the Deventer
/// evaluation's; their raw values are what `kiosk signals add --category` takes.
public enum SignalCategory: String, Sendable, Codable, CaseIterable {
    case medication
    case fallsMobility = "falls-mobility"
    case nutrition
    case hygieneHome = "hygiene-home"
    case loneliness
    case financesPost = "finances-post"
    case carerStrain = "carer-strain"
    case other
}

/// Who follows a signal up: the concierge, or the party it was handed over to.
public enum SignalOwner: String, Sendable, Codable, CaseIterable {
    case concierge
    case socialTeam = "social-team"
    case gp
    case pharmacy
    case carer
}

public enum SignalStatus: String, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in-progress"
    case handedOver = "handed-over"
    case closed
}

/// Rough minutes of a contact at the door, as the concierge taps them (issue 18, point 2).
public enum ContactMinutes: String, Sendable, Codable, CaseIterable {
    case upToFive = "0-5"
    case fiveToFifteen = "5-15"
    case overFifteen = "15+"

    /// What one contact counts for in the report's average: the middle of its range, and 20
    /// for "15+", the evaluation's typical long visit.
    public var countedMinutes: Double {
        switch self {
        case .upToFive: 2.5
        case .fiveToFifteen: 10
        case .overFifteen: 20
        }
    }
}

/// Why a concierge visited without a delivery.
public enum VisitReason: String, Sendable, Codable, CaseIterable {
    case followUp = "follow-up"
    case chat
    case helpRequest = "help-request"
}

extension InventoryError {
    /// A word that is not one of `choices`, with the choices to pick from.
    static func notOneOf<Choice: RawRepresentable & CaseIterable>(_ raw: String, _ type: Choice.Type, nl: String, en: String) -> InventoryError where Choice.RawValue == String {
        let all = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        return InventoryError(
            .invalidInput,
            nl: "\(nl) '\(raw.prefix(30))' bestaat niet — kies uit \(all)",
            en: "\(en) '\(raw.prefix(30))' does not exist — choose from \(all)"
        )
    }

    public static func choice<Choice: RawRepresentable & CaseIterable>(_ raw: String, as type: Choice.Type, nl: String, en: String) throws(InventoryError) -> Choice where Choice.RawValue == String {
        guard let choice = Choice(rawValue: raw.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw notOneOf(raw, type, nl: nl, en: en)
        }
        return choice
    }
}
