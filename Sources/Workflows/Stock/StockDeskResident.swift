import Inventory

/// Who an issue batch is for, as staff need to see it at the desk. Only the name and the
/// reference: the desk screen is seen by whoever stands at the counter.
public struct StockDeskResident: Sendable, Equatable, Codable {
    public var id: Int64
    public var reference: String?
    public var name: String

    public init(id: Int64, reference: String?, name: String) {
        self.id = id
        self.reference = reference
        self.name = name
    }

    public init?(_ resident: Resident) {
        guard let id = resident.id else { return nil }
        self.init(id: id, reference: resident.reference, name: resident.name)
    }

    /// The key the stores accept: the reference when there is one, else the number.
    public var key: String { reference ?? String(id) }
}
