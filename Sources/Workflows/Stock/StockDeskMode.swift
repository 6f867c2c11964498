import Inventory

/// What the open batch at the stock desk will do once confirmed. Each mode is one kind of
/// movement for the whole batch, so a batch never mixes "in" and "out".
public enum StockDeskMode: String, Sendable, Codable, CaseIterable {
    case receive
    case issue
    case `return`
    case cleaningDone = "cleaning-done"
    case stocktake
    /// Back to Vegro in the van (worn out, recalled, surplus).
    case sendBack = "send-back"
    /// Damaged or lost; the batch carries the reason.
    case writeOff = "write-off"

    /// Issuing lends or hands out to someone, so it needs the resident before the first scan.
    public var needsResident: Bool { self == .issue }

    /// A write-off is never booked without saying why.
    public var needsReason: Bool { self == .writeOff }

    /// Only loan units (serial numbers) are cleaned and signed off.
    public var serialsOnly: Bool { self == .cleaningDone }

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
