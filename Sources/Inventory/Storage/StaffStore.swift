import Foundation
import GRDB

/// Staff who may enter staff mode with their staff pass and a PIN, and their sessions. The PIN
/// hash and the back-off counters live in the database, so a restart neither logs anyone out
/// nor resets a lock.
public struct StaffStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let hasher: PINHasher
    let rules: KioskRules

    /// Who the audit trail names for the very first staff member, added before anyone can log in.
    static let bootstrapActor = StaffActor(id: nil, name: "bootstrap")

    public init(database: HubDatabase, calendar: HubCalendar, hasher: PINHasher = PINHasher(), rules: KioskRules = KioskRules()) {
        self.database = database
        self.calendar = calendar
        self.hasher = hasher
        self.rules = rules
    }

    public func count() async throws -> Int {
        try await database.pool.read { db in try Self.memberCount(db) }
    }

    public func list() async throws -> [StaffMember] {
        try await database.pool.read { db in
            try StaffMember.fetchAll(db, sql: "SELECT id, name, active, created_at FROM staff_member ORDER BY name COLLATE NOCASE, id")
        }
    }

    /// Adds a staff member with their staff pass and PIN. `actor == nil` is allowed only while no
    /// staff member exists yet, which is how the hub's first start gets its first login.
    public func add(name: String, pin: String, pass digest: PassDigest, by actor: StaffActor?) async throws -> StaffMember {
        let name = try Self.validName(name)
        guard PINHasher.isWellFormed(pin) else { throw Self.malformedPIN() }
        // scrypt takes a noticeable moment; doing it here keeps the write lock free meanwhile.
        let salt = hasher.newSalt()
        let hash = try hasher.hash(pin, salt: salt)
        let kdf = hasher.kdfName
        let now = calendar.now()
        return try await database.pool.write { db in
            if actor == nil, try Self.memberCount(db) > 0 { throw Self.bootstrapOver() }
            try Self.checkNameFree(name, db)
            try db.execute(
                sql: "INSERT INTO staff_member (name, pin_hash, pin_salt, pin_kdf, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, hash, salt, kdf, now]
            )
            let id = db.lastInsertedRowID
            let passID = try PassStore.insertStaffPass(digest, staffID: id, at: now, by: (actor ?? Self.bootstrapActor).name, db)
            try AuditLog.record(
                db, at: now, actor: actor ?? Self.bootstrapActor, action: "staff.add", subject: "staff \(id) (\(name)), pass \(passID)"
            )
            guard let member = try Self.member(id: id, db) else { throw Self.noMember(id) }
            return member
        }
    }

    static func member(id: Int64, _ db: Database) throws -> StaffMember? {
        try StaffMember.fetchOne(db, sql: "SELECT id, name, active, created_at FROM staff_member WHERE id = ?", arguments: [id])
    }

    static func memberCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM staff_member") ?? 0
    }

    /// NOCASE in SQLite folds ASCII only; comparing here also catches "Émile" against "émile".
    private static func checkNameFree(_ name: String, _ db: Database) throws {
        let names = try String.fetchAll(db, sql: "SELECT name FROM staff_member")
        guard let taken = names.first(where: { $0.lowercased() == name.lowercased() }) else { return }
        throw InventoryError(
            .conflict,
            nl: "er is al een medewerker '\(taken)' — kies een andere naam, bijvoorbeeld met een achternaam of initiaal erbij",
            en: "there is already a staff member '\(taken)' — choose another name, e.g. add a surname or an initial"
        )
    }
}
