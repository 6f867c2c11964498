import Foundation
import GRDB

/// The audit trail. Writers call `record` inside the same transaction as the change or the read
/// they audit, so there is never a change without its row, nor a row without its change.
public struct AuditLog: Sendable {
    let database: HubDatabase

    public init(database: HubDatabase) {
        self.database = database
    }

    public static func record(
        _ db: Database, at time: Date, actor: StaffActor, action: String, residentID: Int64? = nil, subject: String? = nil
    ) throws {
        try db.execute(
            sql: "INSERT INTO audit (at, staff_id, staff_name, action, resident_id, subject) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [time, actor.id, actor.name, action, residentID, subject]
        )
    }

    /// A staff look at a list that spans residents (the day's parcels, the delivery list): one row.
    public func recordView(_ action: String, by actor: StaffActor, at time: Date, subject: String? = nil) async throws {
        try await database.pool.write { db in try Self.record(db, at: time, actor: actor, action: action, subject: subject) }
    }

    /// The trail itself, read by staff: reading one resident's trail is a look at their records too.
    public func entries(residentID: Int64?, by actor: StaffActor, at time: Date, limit: Int = 200) async throws -> [AuditEntry] {
        try await database.pool.write { db in
            var request = AuditEntry.order(Column("id").desc).limit(limit)
            if let residentID { request = request.filter(Column("resident_id") == residentID) }
            let entries = try request.fetchAll(db)
            try Self.record(db, at: time, actor: actor, action: "audit.view", residentID: residentID)
            return entries
        }
    }

    /// Newest first; for one resident when `residentID` is given.
    public func entries(residentID: Int64? = nil, limit: Int = 200) async throws -> [AuditEntry] {
        try await database.pool.read { db in
            var request = AuditEntry.order(Column("id").desc).limit(limit)
            if let residentID { request = request.filter(Column("resident_id") == residentID) }
            return try request.fetchAll(db)
        }
    }
}
