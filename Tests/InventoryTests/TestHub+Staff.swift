import Foundation
import GRDB
@testable import Inventory

/// Stores and helpers for passes, staff and the audit trail, built on the same on-disk database.
extension TestHub {
    static let concierge = StaffActor(id: nil, name: "Anna")
    /// scrypt at production cost takes a noticeable moment per PIN; tests only need it to be scrypt.
    static let fastHasher = PINHasher(rounds: 1024)
    static let key = HubKey(bytes: Data(repeating: 0x5A, count: 32))

    static func pass(_ uid: UInt8...) -> PassDigest { key.digest(ofPass: uid) }

    var passes: PassStore { PassStore(database: database, calendar: calendar) }
    var audit: AuditLog { AuditLog(database: database) }

    func staffStore(rules: KioskRules = KioskRules(), on database: HubDatabase? = nil) -> StaffStore {
        StaffStore(database: database ?? self.database, calendar: calendar, hasher: Self.fastHasher, rules: rules)
    }

    /// The first staff member, through the bootstrap path (no actor).
    @discardableResult
    func addFirstStaff(_ name: String = "Anna", pin: String = "2468", pass: PassDigest = TestHub.pass(0xA1)) async throws -> StaffMember {
        try await staffStore().add(name: name, pin: pin, pass: pass, by: nil)
    }

    /// Audit actions, oldest first.
    func auditTrail() async throws -> [String] {
        try await audit.entries().reversed().map(\.action)
    }

    func auditCount() async throws -> Int {
        try await database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
    }

    func staffCounters(_ id: Int64) async throws -> (failed: Int, lockedUntil: Date?) {
        try await database.pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT failed_pins, locked_until FROM staff_member WHERE id = ?", arguments: [id]) else {
                return (-1, nil)
            }
            let failed: Int = row["failed_pins"]
            let lockedUntil: Date? = row["locked_until"]
            return (failed, lockedUntil)
        }
    }

    /// Runs `body` and returns the refusal it threw, or nil when it did not throw one.
    static func refusal(_ body: () async throws -> Void) async -> InventoryError? {
        do {
            try await body()
            return nil
        } catch {
            return error as? InventoryError
        }
    }
}

extension TestClock {
    func advance(seconds: Double) {
        advance(hours: seconds / 3600)
    }
}
