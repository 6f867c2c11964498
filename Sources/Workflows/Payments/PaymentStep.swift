import Devices
import Inventory

/// What the person at the terminal is asked to do, in the hub's words.
public enum PaymentStep: String, Sendable, Codable, Equatable {
    case connecting
    case insertCard = "insert-card"
    case enterPIN = "enter-pin"
    case waitingForBank = "waiting-for-bank"
    case removeCard = "remove-card"
    case pleaseWait = "please-wait"
    case followTerminal = "follow-terminal"

    init(_ progress: TerminalProgress) {
        switch progress {
        case .insertCard: self = .insertCard
        case .enterPIN: self = .enterPIN
        case .waitingForHost: self = .waitingForBank
        case .removeCard: self = .removeCard
        case .pleaseWait: self = .pleaseWait
        case .other: self = .followTerminal
        }
    }

    public var text: LocalizedText {
        switch self {
        case .connecting: LocalizedText(nl: "Even geduld — de betaalautomaat wordt klaargezet", en: "One moment — preparing the card terminal")
        case .insertCard: LocalizedText(nl: "Houd uw bankpas bij de betaalautomaat", en: "Hold your bank card to the terminal")
        case .enterPIN: LocalizedText(nl: "Toets uw pincode in op de betaalautomaat", en: "Enter your PIN on the terminal")
        case .waitingForBank: LocalizedText(nl: "Even geduld — de bank wordt gebeld", en: "One moment — contacting the bank")
        case .removeCard: LocalizedText(nl: "U kunt uw pas weer pakken", en: "You can take your card")
        case .pleaseWait: LocalizedText(nl: "Even geduld", en: "One moment")
        case .followTerminal: LocalizedText(nl: "Volg de aanwijzingen op de betaalautomaat", en: "Follow the instructions on the terminal")
        }
    }
}
