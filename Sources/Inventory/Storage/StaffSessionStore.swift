import Foundation
import GRDB

/// Who is logged in at the intake console, so each scan records who received it.
/// Kept in the database so a daemon restart mid-morning does not forget it.
public struct StaffSessionStore: Sendable {
    public struct Session: Sendable, Equatable, Codable {
        public var staffName: String
        public var since: Date
    }

    let database: HubDatabase

    public init(database: HubDatabase) {
        self.database = database
    }

    public func current() async throws -> Session? {
        try await database.pool.read { db in try Self.current(db) }
    }

    static func current(_ db: Database) throws -> Session? {
        try Row.fetchOne(db, SQLRequest<Row>(sql: "SELECT staff_name, since FROM staff_session WHERE id = 1", cached: true)).map {
            Session(staffName: $0["staff_name"], since: $0["since"])
        }
    }

    public func login(_ name: String, at time: Date) async throws -> Session {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 60 else {
            throw InventoryError(.invalidInput, nl: "geef je naam op, bijvoorbeeld `kiosk login Anna`", en: "give your name, e.g. `kiosk login Anna`")
        }
        try await database.pool.write { db in
            try db.execute(
                sql: "INSERT INTO staff_session (id, staff_name, since) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET staff_name = excluded.staff_name, since = excluded.since",
                arguments: [trimmed, time]
            )
        }
        return Session(staffName: trimmed, since: time)
    }

    public func logout() async throws {
        try await database.pool.write { db in try db.execute(sql: "DELETE FROM staff_session") }
    }
}
