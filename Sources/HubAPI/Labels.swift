/// The hub's words for the wire's enum values, so `kiosk` prints them in the reader's language
/// without asking hubd again. They match the domain's own labels word for word.

extension ParcelStatus {
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

extension DeliveryOutcome {
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

extension ServiceKind {
    public var label: LocalizedText {
        switch self {
        case .ride: LocalizedText(nl: "rit", en: "ride")
        case .chore: LocalizedText(nl: "klus", en: "chore")
        case .activity: LocalizedText(nl: "activiteit", en: "activity")
        }
    }
}

extension PaymentMethod {
    public var label: LocalizedText {
        switch self {
        case .pin: LocalizedText(nl: "pinnen", en: "card (PIN)")
        case .invoice: LocalizedText(nl: "op de maandfactuur", en: "on the monthly invoice")
        case .credit: LocalizedText(nl: "van uw tegoed", en: "from your credit")
        case .free: LocalizedText(nl: "gratis", en: "free")
        }
    }
}

extension PaymentStatus {
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

extension PaymentStep {
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

extension StockDeskMode {
    public var label: LocalizedText {
        switch self {
        case .receive: LocalizedText(nl: "ontvangst", en: "receiving")
        case .issue: LocalizedText(nl: "uitgifte", en: "issuing")
        case .return: LocalizedText(nl: "retour", en: "return")
        case .cleaningDone: LocalizedText(nl: "schoonmaak klaar", en: "cleaning done")
        case .stocktake: LocalizedText(nl: "telling", en: "stocktake")
        case .sendBack: LocalizedText(nl: "terug naar Vegro", en: "send back to Vegro")
        case .writeOff: LocalizedText(nl: "afschrijven", en: "write-off")
        }
    }
}

extension UnitState {
    public var label: LocalizedText {
        switch self {
        case .inStock: LocalizedText(nl: "op voorraad", en: "in stock")
        case .issued: LocalizedText(nl: "uitgegeven voor de ronde", en: "issued for a round")
        case .atResident: LocalizedText(nl: "bij de bewoner", en: "at the resident")
        case .returned: LocalizedText(nl: "teruggebracht", en: "returned")
        case .cleaning: LocalizedText(nl: "in reiniging", en: "in cleaning")
        case .writtenOff: LocalizedText(nl: "afgeschreven", en: "written off")
        case .sentBack: LocalizedText(nl: "teruggestuurd naar Vegro", en: "sent back to Vegro")
        }
    }
}
