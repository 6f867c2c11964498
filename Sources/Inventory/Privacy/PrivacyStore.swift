import Foundation
import GRDB

/// The privacy lifecycle of resident data: export (Art. 15), erasure (Art. 17) and the nightly
/// retention purge. Each change is followed by a `wal_checkpoint(TRUNCATE)`, so the old pages do
/// not linger in the WAL, and by a scrub of the backups; `secure_delete` is on for every
/// connection (`HubDatabase`), so freed space in the database file is zeroed.
public struct PrivacyStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let backups: HubBackups
    public let policy: RetentionPolicy

    public init(database: HubDatabase, calendar: HubCalendar, backups: HubBackups, policy: RetentionPolicy) {
        self.database = database
        self.calendar = calendar
        self.backups = backups
        self.policy = policy
    }

    /// The JSON document; the look is audited in the same transaction.
    public func export(residentKey: String, by actor: StaffActor) async throws -> Data {
        let now = calendar.now()
        return try await database.pool.write { db in
            let residentID = try Self.liveResidentID(matching: residentKey, db)
            try AuditLog.record(db, at: now, actor: actor, action: "resident.export", residentID: residentID)
            return try ResidentExport.document(residentID: residentID, at: now, db)
        }
    }

    /// Refused while the hub still owes or holds something for the resident; the message says
    /// what to settle first.
    public func erase(residentKey: String, by actor: StaffActor) async throws -> ErasureReport {
        let now = calendar.now()
        var report = try await database.pool.write { db in
            let residentID = try Self.liveResidentID(matching: residentKey, db)
            let open = try ResidentErasure.openMatters(residentID, db)
            guard open.isEmpty else { throw Self.refusal(open) }
            let report = try ResidentErasure.apply(residentID, at: now, db)
            try Erasure.record(residentID, reason: .request, at: now, db)
            try AuditLog.record(db, at: now, actor: actor, action: "resident.erase", residentID: residentID, subject: "request")
            return report
        }
        // A reader holding an old snapshot can keep TRUNCATE from finishing; the erasure has
        // committed, and the nightly purge truncates again.
        try? await truncateWAL()
        (report.backupsScrubbed, report.backupsPending) = await scrubBackups(now: now)
        return report
    }

    public func purge() async throws -> PurgeReport {
        let now = calendar.now()
        let policy = self.policy, calendar = self.calendar
        var report = try await database.pool.write { db in
            try RetentionPurge.run(policy, now: now, calendar: calendar, db)
        }
        try await truncateWAL()
        (report.backupsScrubbed, report.backupsPending) = await scrubBackups(now: now)
        return report
    }

    /// The next `[retention] at` after `date`.
    public func nextPurge(after date: Date) -> Date {
        DayInstants.next(hour: policy.hour, minute: policy.minute, after: date, in: calendar)
    }

    /// Scrubs what it can; a missing stick leaves the erasures pending, never fails the erasure.
    func scrubBackups(now: Date) async -> (Int, Bool) {
        let scrubbed = (try? await backups.scrubErasures(now: now)) ?? 0
        let pending = ((try? await backups.pendingScrubs()) ?? 1) > 0
        return (scrubbed, pending)
    }

    /// Moves every committed page into the database and empties the WAL file, so an erased
    /// name is not left behind in it.
    func truncateWAL() async throws {
        try await database.pool.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
        }
    }

    static func liveResidentID(matching key: String, _ db: Database) throws -> Int64 {
        guard let id = try ResidentStore.require(matching: key, db).id else { throw ResidentStore.noResident(key) }
        return id
    }

    static func refusal(_ open: [LocalizedText]) -> InventoryError {
        InventoryError(
            .refused,
            nl: "nog niet te wissen: " + open.map(\.nl).joined(separator: "; "),
            en: "cannot erase yet: " + open.map(\.en).joined(separator: "; ")
        )
    }
}
