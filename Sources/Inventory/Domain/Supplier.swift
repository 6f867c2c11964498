/// A supplier that drops parcels at the hub; its barcode patterns tell which parcel is whose.
public struct Supplier: Sendable, Codable, Equatable {
    public static let unknownID = "unknown"

    public var id: String
    public var name: String
    public var patterns: [SupplierPattern]
    /// Meals and other chilled goods must reach a fridge within the hand-over deadline.
    public var coldChain: Bool
    /// Medication is never left in a letterbox.
    public var medication: Bool
    /// What the supplier pays the hub per delivered parcel (`rate = "2,50"`); nil: not invoiced.
    public var rateCents: Int?

    public init(
        id: String, name: String, patterns: [SupplierPattern], coldChain: Bool = false, medication: Bool = false, rateCents: Int? = nil
    ) {
        self.id = id
        self.rateCents = rateCents
        self.name = name
        self.patterns = patterns
        self.coldChain = coldChain
        self.medication = medication
    }

    public func matches(_ barcode: String) -> Bool {
        patterns.contains { $0.matches(barcode) }
    }
}
