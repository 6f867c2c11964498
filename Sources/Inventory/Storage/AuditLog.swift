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
        try link(db, id: db.lastInsertedRowID)
    }

    /// Extends the chain to row `id` from the row before it (see `AuditChain`).
    static func link(_ db: Database, id: Int64) throws {
        try db.execute(
            sql: """
                UPDATE audit SET chain = \(AuditChain.functionName)(
                    (SELECT chain FROM audit WHERE id < :id ORDER BY id DESC LIMIT 1), \(AuditChain.columns))
                WHERE id = :id
                """,
            arguments: ["id": id]
        )
    }

    /// Recomputes every link; a row whose stored link differs was changed, inserted, or follows
    /// a deleted row.
    /// `newest` checks only the links of the newest rows (the dashboard's page shows 100, and
    /// walking ten years of rows on every view takes most of a second on a Pi); `nil` checks all.
    public func verify(newest: Int? = nil) async throws -> AuditVerification {
        let source = newest.map { "(SELECT * FROM audit ORDER BY id DESC LIMIT \(max(1, $0) + 1))" } ?? "audit"
        let window = newest.map { max(1, $0) } ?? Int.max
        return try await database.pool.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, at, chain, \(AuditChain.functionName)(LAG(chain) OVER (ORDER BY id), \(AuditChain.columns)) AS expected,
                       ROW_NUMBER() OVER (ORDER BY id) AS position, COUNT(*) OVER () AS fetched
                FROM \(source) ORDER BY id
                """)
            var result = AuditVerification(rows: 0, brokenLinks: 0)
            var lastIntact: Int64?
            while let row = try rows.next() {
                // The oldest row of a full window lacks its predecessor here; its own link is
                // checked by the full verification.
                if (row["position"] as Int?) == 1, (row["fetched"] as Int? ?? 0) > window { continue }
                result.rows += 1
                let chain: Data? = row["chain"]
                result.head = chain.map { OutboxFunctions.hex($0.prefix(8)) }
                if chain == row["expected"] {
                    lastIntact = row["id"]
                    continue
                }
                result.brokenLinks += 1
                if result.firstBroken == nil {
                    result.firstBroken = .init(id: row["id"], at: row["at"] ?? "", lastIntactID: lastIntact)
                }
            }
            return result
        }
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
