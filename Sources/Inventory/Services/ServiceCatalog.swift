import Foundation
import GRDB

/// The services residents can pick at the kiosk. Staff add them; a price is checked against the
/// service's maximum so a typo ("150" for 1,50) never reaches a resident's bill.
public struct ServiceCatalog: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let rules: KioskRules

    public init(database: HubDatabase, calendar: HubCalendar, rules: KioskRules) {
        self.database = database
        self.calendar = calendar
        self.rules = rules
    }

    /// Validates and adds. The duplicate check runs inside the write, so two consoles adding the
    /// same code cannot both succeed; the unique index backs it up.
    public func add(_ fields: ServiceFields, by actor: StaffActor) async throws -> Service {
        let now = calendar.now()
        let draft = try Self.validated(fields, defaultMaxPrice: rules.defaultMaxPrice, now: now)
        do {
            return try await database.pool.write { db in
                var service = draft
                if let existing = try Self.find(code: service.code, db) {
                    throw Self.duplicate(existing)
                }
                if fields.position == nil {
                    service.position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM service") ?? 1
                }
                try service.insert(db)
                try AuditLog.record(db, at: now, actor: actor, action: "service.add", subject: service.code)
                return service
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw Self.duplicate(draft)
        }
    }

    /// Active services ordered by position then name (all when `includeInactive`).
    public func list(includeInactive: Bool = false) async throws -> [Service] {
        try await database.pool.read { db in
            var request = Service.order(Column("position"), Column("name").collating(.nocase), Column("id"))
            if !includeInactive { request = request.filter(Column("active") == true) }
            return try request.fetchAll(db)
        }
    }

    public func service(code: String) async throws -> Service {
        let key = code.trimmingCharacters(in: .whitespaces).lowercased()
        return try await database.pool.read { db in
            guard let service = try Self.find(code: key, db) else { throw Self.noService("'\(key)'") }
            return service
        }
    }

    public func service(id: Int64) async throws -> Service {
        try await database.pool.read { db in try Self.require(id: id, db) }
    }

    static func find(code: String, _ db: Database) throws -> Service? {
        try Service.filter(Column("code") == code).fetchOne(db)
    }

    static func require(id: Int64, _ db: Database) throws -> Service {
        guard let service = try Service.fetchOne(db, key: id) else { throw noService("\(id)") }
        return service
    }

    static func noService(_ key: String) -> InventoryError {
        InventoryError(
            .notFound,
            nl: "geen dienst \(key) — zie `kiosk services list`",
            en: "no service \(key) — see `kiosk services list`"
        )
    }

    private static func duplicate(_ service: Service) -> InventoryError {
        InventoryError(
            .conflict,
            nl: "er is al een dienst met code '\(service.code)' (\(service.name)) — kies een andere code",
            en: "there is already a service with code '\(service.code)' (\(service.name)) — choose another code"
        )
    }
}
