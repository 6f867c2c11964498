import Foundation
import GRDB

/// Passes of residents and staff, kept only as keyed digests. A lost pass is blocked, never
/// deleted, so what was registered with it stays explainable.
public struct PassStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    /// Asked on every tap. A leaver's staff pass answers `.blocked` rather than `.unknown`, so the
    /// kiosk can say the card is known but no longer opens anything.
    ///
    /// An older pass's missing Wiegand digest is stored on the way; should that write fail, the
    /// tap is still answered, and the pass's next tap tries again.
    public func holder(of digest: PassDigest) async throws -> PassHolder {
        let (holder, lacksWiegand) = try await database.pool.read { db in
            (try Self.holder(of: digest, db), try Self.lacksWiegandDigest(digest, db))
        }
        if lacksWiegand {
            try? await database.pool.write { try Self.storeWiegandDigest(digest, $0) }
        }
        return holder
    }

    /// A Wiegand tap that several enrolled cards could have made is nobody's: guessing could
    /// greet, or charge, the wrong resident.
    static func holder(of digest: PassDigest, _ db: Database) throws -> PassHolder {
        guard case .one(let pass) = try match(digest, db) else { return .unknown }
        if pass.isBlocked { return .blocked(pass) }
        if let residentID = pass.residentId {
            guard let resident = try Resident.fetchOne(db, key: residentID) else { return .unknown }
            return .resident(resident, pass)
        }
        guard let staffID = pass.staffId, let member = try StaffStore.member(id: staffID, db) else { return .unknown }
        return member.active ? .staff(member, pass) : .blocked(pass)
    }

    /// Old passes stay with the resident, so what was registered with a lost pass remains
    /// explainable. A card already bound to anyone is refused naming its holder: only staff
    /// enrol, and they need to know whose card they are holding.
    public func enroll(_ digest: PassDigest, residentKey: String, by actor: StaffActor) async throws -> PassRecord {
        let now = calendar.now()
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: residentKey, db)
            guard let residentID = resident.id else { throw ResidentStore.noResident(residentKey) }
            try Self.checkUnused(digest, db)
            let id = try Self.insert(digest, residentID: residentID, staffID: nil, at: now, by: actor.name, db)
            try AuditLog.record(db, at: now, actor: actor, action: "pass.enroll", residentID: residentID, subject: "pass \(id)")
            return try Self.require(passID: id, db)
        }
    }

    /// By number, because the card itself is usually lost. Blocking twice is refused so the
    /// first block's time and reason are never overwritten.
    public func block(passID: Int64, reason: String?, by actor: StaffActor) async throws -> PassRecord {
        let now = calendar.now()
        let reason = try Self.cleanReason(reason)
        return try await database.pool.write { db in
            let pass = try Self.require(passID: passID, db)
            if pass.isBlocked { throw try Self.alreadyBlocked(pass, calendar, db) }
            try db.execute(
                sql: "UPDATE pass SET blocked_at = ?, blocked_by = ?, block_reason = ? WHERE id = ?",
                arguments: [now, actor.name, reason, passID]
            )
            try AuditLog.record(db, at: now, actor: actor, action: "pass.block", residentID: pass.residentId, subject: "pass \(passID)")
            return try Self.require(passID: passID, db)
        }
    }

    /// Newest first. A staff look at a resident's records, hence a write transaction: the look
    /// and its audit row commit together.
    public func passes(residentKey: String, by actor: StaffActor) async throws -> ResidentPasses {
        let now = calendar.now()
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: residentKey, db)
            guard let residentID = resident.id else { throw ResidentStore.noResident(residentKey) }
            let passes = try PassRecord.fetchAll(
                db, sql: "SELECT * FROM pass WHERE resident_id = ? ORDER BY enrolled_at DESC, id DESC", arguments: [residentID]
            )
            try AuditLog.record(db, at: now, actor: actor, action: "pass.list", residentID: residentID)
            return ResidentPasses(residentId: residentID, residentName: resident.name, passes: passes)
        }
    }

    /// The staff half of enrolment, inside StaffStore's transaction, with the same refusal of a
    /// pass that already belongs to someone.
    static func insertStaffPass(_ digest: PassDigest, staffID: Int64, at time: Date, by enrolledBy: String?, _ db: Database) throws -> Int64 {
        try checkUnused(digest, db)
        return try insert(digest, residentID: nil, staffID: staffID, at: time, by: enrolledBy, db)
    }

    static func pass(digest: PassDigest, _ db: Database) throws -> PassRecord? {
        try PassRecord.fetchOne(db, sql: "SELECT * FROM pass WHERE digest = ?", arguments: [digest.bytes])
    }

    static func require(passID: Int64, _ db: Database) throws -> PassRecord {
        guard let pass = try PassRecord.fetchOne(db, sql: "SELECT * FROM pass WHERE id = ?", arguments: [passID]) else {
            throw InventoryError(
                .notFound,
                nl: "geen pas \(passID) — zie `kiosk passes list BEWONER` voor de nummers van iemands passen",
                en: "no pass \(passID) — see `kiosk passes list RESIDENT` for the numbers of someone's passes"
            )
        }
        return pass
    }
}
