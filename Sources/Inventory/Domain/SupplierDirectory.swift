/// Tells a parcel's supplier from its barcode, first matching supplier wins.
public struct SupplierDirectory: Sendable {
    public let suppliers: [Supplier]

    public init(_ suppliers: [Supplier]) {
        self.suppliers = suppliers
    }

    public func supplier(for barcode: String) -> Supplier? {
        suppliers.first { $0.matches(barcode) }
    }

    public func supplier(id: String) -> Supplier? {
        suppliers.first { $0.id == id }
    }

    public func name(of id: String) -> String {
        supplier(id: id)?.name ?? id
    }
}
