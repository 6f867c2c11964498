import Crypto
import Foundation
import GRDB

extension StaffStore {
    static let origins: Set<String> = ["cli", "console", "dashboard"]

    /// A new staff session. The caller gets the only copy of the token; the database keeps
    /// SHA-256 of it, so a copied database cannot be used to act as staff. `ownerUID` binds it to
    /// the socket user who logged in (`nil` for the console's own staff mode inside hubd), so a
    /// token copied to another user's process is worth nothing. A dashboard session is bound to
    /// its paired browser (`browserID`) instead, and ends when that pairing is revoked.
    public func openSession(staffID: Int64, origin: String, ownerUID: UInt32? = nil, browserID: Int64? = nil) async throws -> String {
        guard Self.origins.contains(origin) else { throw Self.unknownOrigin(origin) }
        let token = Self.newToken()
        let digest = Self.tokenDigest(token)
        let now = calendar.now()
        let staleBefore = now.addingTimeInterval(-rules.staffIdleSeconds)
        try await database.pool.write { db in
            guard let member = try Self.member(id: staffID, db) else { throw Self.noMember(staffID) }
            guard member.active else { throw Self.inactive(member.name) }
            try db.execute(sql: "DELETE FROM staff_token WHERE last_used_at < ?", arguments: [staleBefore])
            try db.execute(
                sql: "INSERT INTO staff_token (digest, staff_id, origin, created_at, last_used_at, owner_uid, browser_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [digest, staffID, origin, now, now, ownerUID.map { Int64($0) }, browserID]
            )
            try AuditLog.record(db, at: now, actor: member.actor, action: "staff.login", subject: origin)
        }
        return token
    }

    /// The staff member behind a token; each use keeps the session alive for another
    /// `rules.staffIdleSeconds`, and a lapsed one is removed at once. A token shown by another
    /// uid than the one that logged in counts as no token at all.
    public func authenticate(token: String, callerUID: UInt32? = nil, browserID: Int64? = nil) async throws -> StaffActor {
        let digest = Self.tokenDigest(token)
        let now = calendar.now()
        let idleSeconds = rules.staffIdleSeconds
        let check = try await database.pool.write { db in
            try Self.touch(digest, owner: callerUID.map { Int64($0) }, browser: browserID, at: now, idleSeconds: idleSeconds, db)
        }
        switch check {
        case .valid(let actor): return actor
        case .unknown: throw Self.notLoggedIn()
        case .expired: throw Self.sessionExpired(idleSeconds: idleSeconds)
        case .inactive(let name): throw Self.inactive(name)
        }
    }

    /// Ends a session (idempotent). Only its owner can end it: another uid's token is ignored.
    public func closeSession(token: String, callerUID: UInt32? = nil, browserID: Int64? = nil) async throws {
        let digest = Self.tokenDigest(token)
        let now = calendar.now()
        let owner = callerUID.map { Int64($0) }
        try await database.pool.write { db in
            let row = try Row.fetchOne(
                db,
                sql: "SELECT t.origin, m.id, m.name FROM staff_token t JOIN staff_member m ON m.id = t.staff_id WHERE t.digest = ? AND t.owner_uid IS ? AND t.browser_id IS ?",
                arguments: [digest, owner, browserID]
            )
            guard let row else { return }
            try db.execute(sql: "DELETE FROM staff_token WHERE digest = ?", arguments: [digest])
            let actor = StaffActor(id: row["id"], name: row["name"])
            try AuditLog.record(db, at: now, actor: actor, action: "staff.logout", subject: row["origin"])
        }
    }

    private static func touch(_ digest: Data, owner: Int64?, browser: Int64?, at now: Date, idleSeconds: Double, _ db: Database) throws -> SessionCheck {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT t.last_used_at, m.id, m.name, m.active FROM staff_token t JOIN staff_member m ON m.id = t.staff_id
                WHERE t.digest = ? AND t.owner_uid IS ? AND t.browser_id IS ?
                """,
            arguments: [digest, owner, browser]
        )
        guard let row else { return .unknown }
        let lastUsed: Date = row["last_used_at"]
        let active: Bool = row["active"]
        guard active, Self.withinIdleTime(since: lastUsed, now: now, idleSeconds: idleSeconds) else {
            try db.execute(sql: "DELETE FROM staff_token WHERE digest = ?", arguments: [digest])
            return active ? .expired : .inactive(row["name"])
        }
        try db.execute(sql: "UPDATE staff_token SET last_used_at = ? WHERE digest = ?", arguments: [now, digest])
        return .valid(StaffActor(id: row["id"], name: row["name"]))
    }

    /// A last use more than a minute in the future means the clock went back (a Pi without a
    /// clock battery boots with an old time): how long the session has been idle is then
    /// unknown, so it ends rather than lasting until the clock catches up, a day or more.
    static func withinIdleTime(since lastUsed: Date, now: Date, idleSeconds: Double) -> Bool {
        let idle = now.timeIntervalSince(lastUsed)
        return idle <= idleSeconds && idle >= -60
    }

    static func newToken() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        return hex(bytes)
    }

    static func tokenDigest(_ token: String) -> Data {
        Data(SHA256.hash(data: Data(token.utf8)))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] })
    }
}
