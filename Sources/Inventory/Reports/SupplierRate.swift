import Foundation
import GRDB

/// A supplier's rate per delivered parcel, and where it comes from: `[[suppliers]] rate` in the
/// config, then `kiosk invoice rate` or central's reference data, whichever set it last; either
/// overrides the config from then on. A closed month keeps the rate it was closed with.
public struct SupplierRate: Sendable, Equatable {
    public enum Source: String, Sendable {
        case config
        case command
        case central
        case none
    }

    public var supplierId: String
    public var supplierName: String
    public var rateCents: Int?
    public var source: Source
    public var setAt: Date?
    public var setBy: String?
}

/// A rate set by command or by central, as the `supplier_rate` table keeps it.
struct SupplierRateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "supplier_rate"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var supplierId: String
    var rateCents: Int
    var setAt: Date
    var setBy: String
    /// "command" or "central".
    var source: String
}

extension InvoiceStore {
    /// Every configured supplier with the rate an invoice would use now.
    public func rates() async throws -> [SupplierRate] {
        let suppliers = suppliers.suppliers
        return try await database.pool.read { db in
            let set = try Self.commandRates(db)
            return suppliers.map { Self.rate(of: $0, set: set[$0.id]) }
        }
    }

    /// Sets a supplier's rate from now on, audited; months already closed keep theirs.
    public func setRate(supplierID: String, cents: Int, by actor: StaffActor) async throws -> SupplierRate {
        let supplier = try known(supplierID)
        guard (0...100_000).contains(cents) else {
            throw InventoryError(
                .invalidInput, nl: "tarief \(cents) cent — geef een bedrag per levering tussen 0,00 en 1000,00",
                en: "rate \(cents) cents — give an amount per delivery between 0.00 and 1000.00"
            )
        }
        let now = calendar.now()
        return try await database.pool.write { db in
            let record = SupplierRateRecord(supplierId: supplier.id, rateCents: cents, setAt: now, setBy: actor.name, source: SupplierRate.Source.command.rawValue)
            try record.upsert(db)
            try AuditLog.record(db, at: now, actor: actor, action: "supplier.rate", subject: "\(supplier.id) \(cents)")
            return Self.rate(of: supplier, set: record)
        }
    }

    /// The suppliers as invoices see them: a rate set by command replaces the config's.
    static func rated(_ suppliers: SupplierDirectory, _ db: Database) throws -> [Supplier] {
        let set = try commandRates(db)
        return suppliers.suppliers.map { supplier in
            var rated = supplier
            if let record = set[supplier.id] { rated.rateCents = record.rateCents }
            return rated
        }
    }

    static func commandRates(_ db: Database) throws -> [String: SupplierRateRecord] {
        Dictionary(try SupplierRateRecord.fetchAll(db).map { ($0.supplierId, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func rate(of supplier: Supplier, set record: SupplierRateRecord?) -> SupplierRate {
        if let record {
            return SupplierRate(
                supplierId: supplier.id, supplierName: supplier.name, rateCents: record.rateCents, source: SupplierRate.Source(rawValue: record.source) ?? .command,
                setAt: record.setAt, setBy: record.setBy
            )
        }
        return SupplierRate(
            supplierId: supplier.id, supplierName: supplier.name, rateCents: supplier.rateCents,
            source: supplier.rateCents == nil ? .none : .config, setAt: nil, setBy: nil
        )
    }
}
