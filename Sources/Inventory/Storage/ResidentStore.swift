import Foundation
import GRDB

/// Residents: the minimal record the round needs (name, address, phone, remarks).
public struct ResidentStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    public func add(_ fields: ResidentFields, by actor: StaffActor) async throws -> Resident {
        let now = calendar.now()
        let draft = try Self.newResident(fields, now: now)
        return try await database.pool.write { db in
            var resident = draft
            try Self.checkReferenceFree(resident.reference, except: nil, db)
            try resident.insert(db)
            try AuditLog.record(db, at: now, actor: actor, action: "resident.add", residentID: resident.id)
            return resident
        }
    }

    /// Unaudited, for the hub's own use (tap flow, manifests); staff go through `list(by:)`.
    public func list() async throws -> [Resident] {
        try await database.pool.read { db in try Self.all(db) }
    }

    public func resident(id: Int64) async throws -> Resident {
        try await database.pool.read { db in try Self.require(id: id, db) }
    }

    /// A resident named by a manifest or the command line: their reference first, then their number.
    public func resident(matching key: String) async throws -> Resident {
        try await database.pool.read { db in try Self.require(matching: key, db) }
    }

    /// The audit row names which fields changed, never their old or new values.
    public func edit(id: Int64, _ fields: ResidentFields, by actor: StaffActor) async throws -> Resident {
        let now = calendar.now()
        return try await database.pool.write { db in
            let before = try Self.require(id: id, db)
            var resident = before
            try Self.apply(fields, to: &resident)
            try Self.checkReferenceFree(resident.reference, except: id, db)
            resident.updatedAt = now
            try resident.update(db)
            let changed = Self.changedFields(from: before, to: resident)
            try AuditLog.record(
                db, at: now, actor: actor, action: "resident.edit", residentID: id,
                subject: changed.isEmpty ? nil : changed.joined(separator: ", ")
            )
            return resident
        }
    }

    static func all(_ db: Database) throws -> [Resident] {
        try Resident.filter(Column("erased_at") == nil).order(Column("name").collating(.localizedCaseInsensitiveCompare)).fetchAll(db)
    }

    static func require(id: Int64, _ db: Database) throws -> Resident {
        guard let resident = try Resident.fetchOne(db, key: id), resident.erasedAt == nil else { throw Self.noResident("\(id)") }
        return resident
    }

    static func require(matching key: String, _ db: Database) throws -> Resident {
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        if let byReference = try Resident.filter(Column("reference") == trimmed).fetchOne(db) {
            return byReference
        }
        if let id = Int64(trimmed), let byID = try Resident.fetchOne(db, key: id), byID.erasedAt == nil {
            return byID
        }
        throw noResident(trimmed)
    }

    static func noResident(_ key: String) -> InventoryError {
        InventoryError(
            .notFound,
            nl: "geen bewoner '\(key)' — zie `kiosk residents list`",
            en: "no resident '\(key)' — see `kiosk residents list`"
        )
    }

    private static func checkReferenceFree(_ reference: String?, except id: Int64?, _ db: Database) throws {
        guard let reference else { return }
        let holder = try Resident.filter(Column("reference") == reference).fetchOne(db)
        if let holder, holder.id != id {
            throw InventoryError(
                .conflict,
                nl: "referentie '\(reference)' hoort al bij bewoner \(holder.id ?? 0) — kies een andere",
                en: "reference '\(reference)' already belongs to resident \(holder.id ?? 0) — choose another"
            )
        }
    }
}
