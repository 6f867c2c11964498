import Foundation
import GRDB

/// What a PIN check needs of a staff member; it stays inside the store, so the hash never
/// travels further than the comparison.
struct StaffCredentials: Sendable {
    var member: StaffMember
    var pinHash: Data
    var pinSalt: Data
    var pinKDF: String
    var failedPINs: Int
    var lockedUntil: Date?

    static func fetch(staffID: Int64, _ db: Database) throws -> StaffCredentials? {
        let row = try Row.fetchOne(
            db,
            sql: "SELECT id, name, active, created_at, pin_hash, pin_salt, pin_kdf, failed_pins, locked_until FROM staff_member WHERE id = ?",
            arguments: [staffID]
        )
        guard let row else { return nil }
        return StaffCredentials(
            member: StaffMember(id: row["id"], name: row["name"], active: row["active"], createdAt: row["created_at"]),
            pinHash: row["pin_hash"], pinSalt: row["pin_salt"], pinKDF: row["pin_kdf"],
            failedPINs: row["failed_pins"], lockedUntil: row["locked_until"]
        )
    }

    /// Whole seconds still to wait, rounded up so "0 s" is never shown while still locked.
    func lockRemaining(at now: Date) -> Int? {
        guard let lockedUntil, lockedUntil > now else { return nil }
        return Int(lockedUntil.timeIntervalSince(now).rounded(.up))
    }
}
