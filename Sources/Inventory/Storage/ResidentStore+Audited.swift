import Foundation

extension ResidentStore {
    /// A staff look at one resident's record. It is a write transaction because the look itself
    /// is recorded: reading and auditing commit together or not at all.
    public func view(matching key: String, by actor: StaffActor) async throws -> Resident {
        let now = calendar.now()
        return try await database.pool.write { db in
            let resident = try Self.require(matching: key, db)
            try AuditLog.record(db, at: now, actor: actor, action: "resident.view", residentID: resident.id)
            return resident
        }
    }

    /// The resident list as staff see it; one audit row for the whole list.
    public func list(by actor: StaffActor) async throws -> [Resident] {
        let now = calendar.now()
        return try await database.pool.write { db in
            let residents = try Self.all(db)
            try AuditLog.record(db, at: now, actor: actor, action: "resident.list")
            return residents
        }
    }
}
