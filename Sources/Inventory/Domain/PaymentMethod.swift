/// How a service's own contribution is collected.
public enum PaymentMethod: String, Sendable, Codable, CaseIterable {
    /// Charged at the kiosk on the PIN terminal; until that exists it waits as "awaiting payment".
    case pin
    /// Collected on the monthly statement.
    case invoice
    /// Deducted from the resident's prepaid credit, which staff top up.
    case credit
    case free

    public var label: LocalizedText {
        switch self {
        case .pin: LocalizedText(nl: "pinnen", en: "card (PIN)")
        case .invoice: LocalizedText(nl: "op de maandfactuur", en: "on the monthly invoice")
        case .credit: LocalizedText(nl: "van uw tegoed", en: "from your credit")
        case .free: LocalizedText(nl: "gratis", en: "free")
        }
    }
}

/// Where a service use's money stands.
public enum PaymentState: String, Sendable, Codable, CaseIterable {
    case awaitingPayment = "awaiting-payment"
    case invoice
    case credit
    case free
    case paid
}
