/// The kinds of entry in the stock ledger. The ledger is append-only: a correction is another
/// movement that references the one it reverses.
public enum MovementKind: String, Sendable, Codable, CaseIterable {
    case received
    case issued
    case returned
    /// A returned loan unit signed off after cleaning and inspection: back on the shelf.
    case cleaned
    case sentBack = "sent-back"
    /// A stocktake correction.
    case adjusted
    case writtenOff = "written-off"
}
