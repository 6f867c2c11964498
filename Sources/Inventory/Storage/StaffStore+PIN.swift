import Foundation
import GRDB

extension StaffStore {
    /// Wrong PINs allowed before the first lock.
    static let freeTries = 5

    /// Checks the PIN of the staff member whose pass was tapped. The back-off lives in
    /// `failed_pins` / `locked_until`, so restarting the daemon does not reset it; while locked
    /// no hash is computed, so guessing costs the guesser time, not the hub CPU.
    public func verifyPIN(staffID: Int64, pin: String) async throws -> StaffMember {
        let stored = try await database.pool.read { db in try StaffCredentials.fetch(staffID: staffID, db) }
        guard let stored else { throw Self.noMember(staffID) }
        guard stored.member.active else { throw Self.inactive(stored.member.name) }
        if let wait = stored.lockRemaining(at: calendar.now()) {
            let now = calendar.now()
            try await database.pool.write { db in
                try AuditLog.record(db, at: now, actor: stored.member.actor, action: "staff.pin-locked")
            }
            throw Self.locked(seconds: wait)
        }
        let matches = try pinMatches(pin, stored)
        let now = calendar.now()
        let attempt = try await database.pool.write { db in try Self.recordAttempt(matches, staffID: staffID, at: now, db) }
        switch attempt {
        case .accepted(let member): return member
        case .wrong(let triesLeft): throw Self.wrongPIN(triesLeft: triesLeft)
        case .locked(let seconds): throw Self.locked(seconds: seconds)
        case .inactive(let member): throw Self.inactive(member.name)
        }
    }

    /// Seconds of lock after this many consecutive failures: none for the free tries, then
    /// 30 s doubling per failure, never more than a quarter of an hour.
    static func lockSeconds(afterFailures failures: Int) -> Int? {
        guard failures >= freeTries else { return nil }
        let doublings = min(failures - freeTries, 5)
        return min(30 << doublings, 900)
    }

    private func pinMatches(_ pin: String, _ stored: StaffCredentials) throws -> Bool {
        guard PINHasher.isWellFormed(pin) else { return false }
        guard let verifier = PINHasher(kdfName: stored.pinKDF) else {
            throw InventoryError(
                .storage,
                nl: "de PIN van \(stored.member.name) is opgeslagen met een onbekend schema (\(stored.pinKDF)) — laat een collega je opnieuw toevoegen",
                en: "the PIN of \(stored.member.name) is stored with an unknown scheme (\(stored.pinKDF)) — ask a colleague to add you again"
            )
        }
        return try verifier.verify(pin, salt: stored.pinSalt, against: stored.pinHash)
    }

    /// Re-reads the counters inside the transaction, so two attempts at once both count and a
    /// lock set by the other one is honoured even when this PIN was right.
    private static func recordAttempt(_ matches: Bool, staffID: Int64, at now: Date, _ db: Database) throws -> PINAttempt {
        guard let current = try StaffCredentials.fetch(staffID: staffID, db) else { throw noMember(staffID) }
        guard current.member.active else { return .inactive(current.member) }
        if let wait = current.lockRemaining(at: now) { return .locked(seconds: wait) }
        let actor = current.member.actor
        if matches {
            try db.execute(sql: "UPDATE staff_member SET failed_pins = 0, locked_until = NULL WHERE id = ?", arguments: [staffID])
            try AuditLog.record(db, at: now, actor: actor, action: "staff.pin-ok")
            return .accepted(current.member)
        }
        let failures = current.failedPINs + 1
        let wait = lockSeconds(afterFailures: failures)
        try db.execute(
            sql: "UPDATE staff_member SET failed_pins = ?, locked_until = ? WHERE id = ?",
            arguments: [failures, wait.map { now.addingTimeInterval(Double($0)) }, staffID]
        )
        try AuditLog.record(db, at: now, actor: actor, action: "staff.pin-wrong")
        if let wait { return .locked(seconds: wait) }
        return .wrong(triesLeft: freeTries - failures)
    }
}
