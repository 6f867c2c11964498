import Synchronization

/// Tells a parcel's supplier from its barcode, first matching supplier wins.
///
/// One directory is shared by every store of a hub: the suppliers come from the config, and
/// central's reference data (issue 17) may add suppliers or replace one with the same id while
/// hubd runs. A class around a lock, so a change reaches every store at once; reads copy the
/// list out, which costs a retain.
public final class SupplierDirectory: Sendable {
    private let list: Mutex<[Supplier]>

    public init(_ suppliers: [Supplier]) {
        list = Mutex(suppliers)
    }

    public var suppliers: [Supplier] { list.withLock { $0 } }

    public func supplier(for barcode: String) -> Supplier? {
        suppliers.first { $0.matches(barcode) }
    }

    public func supplier(id: String) -> Supplier? {
        suppliers.first { $0.id == id }
    }

    public func name(of id: String) -> String {
        supplier(id: id)?.name ?? id
    }

    /// Central's suppliers: one with a known id takes that supplier's place (and its position,
    /// since the first match wins); a new one goes after the rest.
    public func adopt(_ fromCentral: [Supplier]) {
        list.withLock { suppliers in
            for supplier in fromCentral {
                if let index = suppliers.firstIndex(where: { $0.id == supplier.id }) {
                    suppliers[index] = supplier
                } else {
                    suppliers.append(supplier)
                }
            }
        }
    }
}
