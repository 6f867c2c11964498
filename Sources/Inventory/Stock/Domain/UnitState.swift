/// Where one serial-numbered loan unit is in its life. The `stock_unit` table caches it,
/// written in the same transaction as the movement that changes it.
public enum UnitState: String, Sendable, Codable, CaseIterable {
    case inStock = "in-stock"
    /// On its way to a resident on a round, with a parcel.
    case issued
    case atResident = "at-resident"
    /// Back at the hub, not yet cleaned.
    case returned
    case cleaning
    case writtenOff = "written-off"
    case sentBack = "sent-back"

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

    /// Counted as shelf stock.
    public var isOnShelf: Bool { self == .inStock }
}

/// What can happen to a loan unit.
public enum UnitEvent: String, Sendable, Codable, CaseIterable {
    case receive
    /// Issued for a round, with a parcel.
    case issueOnRound
    /// Handed over at the desk.
    case handOver
    case giveBack
    case startCleaning
    case signOffCleaning
    case writeOff
    case sendBack
    /// Counted on the shelf at a stocktake although the ledger had it elsewhere or not at all.
    case stocktakeFound
    /// Missing from the shelf at a stocktake.
    case stocktakeMissing
}
