import Foundation
import GRDB

/// The nightly purge of `[retention]`: what has outlived its period is deleted or loses its link
/// to the resident, and residents inactive for too long are erased as if they had asked. Counts
/// and payments stay, so closed months still add up.
enum RetentionPurge {
    /// A Pi has no clock battery: if its clock ran ahead, every period would look expired. So the
    /// purge runs only while the hub's own records say the clock can be right, i.e. something was
    /// recorded within the last `plausibleSilence`.
    static let plausibleSilence: TimeInterval = 31 * 86_400

    static func run(_ policy: RetentionPolicy, now: Date, calendar: HubCalendar, _ db: Database) throws -> PurgeReport {
        var report = PurgeReport()
        let latest = try Date.fetchOne(db, sql: """
            SELECT MAX(t) FROM (
                SELECT MAX(at) AS t FROM audit
                UNION ALL SELECT received_at FROM parcel WHERE id = (SELECT MAX(id) FROM parcel)
                UNION ALL SELECT started_at FROM service_use WHERE id = (SELECT MAX(id) FROM service_use)
            )
            """)
        if let latest, now.timeIntervalSince(latest) > plausibleSilence {
            throw InventoryError(
                .refused,
                nl: "bewaartermijnen niet toegepast: de klok zegt \(now) maar er is sinds \(latest) niets vastgelegd — controleer de klok (timedatectl)",
                en: "retention not applied: the clock says \(now) but nothing has been recorded since \(latest) — check the clock (timedatectl)"
            )
        }
        let manifestCutoff = cutoff(policy.manifestDays, from: now)
        try db.execute(sql: "DELETE FROM manifest_entry WHERE imported_at < ?", arguments: [manifestCutoff])
        report.manifestLines = db.changesCount
        let parcelDay = calendar.day(of: cutoff(policy.parcelDays, from: now)).text
        try db.execute(sql: "UPDATE parcel SET resident_id = NULL WHERE resident_id IS NOT NULL AND closed_on < ?", arguments: [parcelDay])
        report.parcels = db.changesCount
        try purgeContact(before: cutoff(policy.parcelDays, from: now), into: &report, db)
        try unlinkLoans(before: cutoff(policy.loanDays, from: now), into: &report, db)
        try clearPaymentDetails(before: cutoff(policy.paymentDetailDays, from: now), into: &report, db)
        for residentID in try inactiveResidents(since: cutoff(policy.inactiveResidentDays, from: now), db) {
            try ResidentErasure.apply(residentID, at: now, db)
            try Erasure.record(residentID, reason: .retention, at: now, db)
            try AuditLog.record(db, at: now, actor: .hub, action: "resident.erase", residentID: residentID, subject: "retention")
            report.residentsErased += 1
        }
        return report
    }

    /// Signals closed or handed over, and visits made, longer ago than a delivered parcel keeps
    /// its resident (`parcelDays`): the contact history goes together. A signal handed over is
    /// the receiving party's to follow. Open signals stay, whatever their age.
    private static func purgeContact(before cutoff: Date, into report: inout PurgeReport, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM signal WHERE (status = 'closed' AND closed_at < ?1) OR (status = 'handed-over' AND handed_over_at < ?1)",
            arguments: [cutoff]
        )
        report.signals = db.changesCount
        try db.execute(sql: "DELETE FROM visit WHERE visited_at < ?", arguments: [cutoff])
        report.visits = db.changesCount
        // A tablet's old answers name parcels by barcode; its next number stays in round_device,
        // so a very late replay of a purged number is still answered as taken.
        if try db.tableExists("round_entry") {
            try db.execute(sql: "DELETE FROM round_entry WHERE synced_at < ?", arguments: [cutoff])
        }
    }

    static func cutoff(_ days: Int, from now: Date) -> Date {
        now.addingTimeInterval(-Double(max(0, days)) * 86_400)
    }

    private static func unlinkLoans(before cutoff: Date, into report: inout PurgeReport, _ db: Database) throws {
        try db.execute(sql: "UPDATE loan SET resident_id = NULL WHERE resident_id IS NOT NULL AND closed_at < ?", arguments: [cutoff])
        report.loans = db.changesCount
        try db.execute(sql: """
            UPDATE movement SET resident_id = NULL
            WHERE resident_id IS NOT NULL AND at < ?
              AND (loan_id IS NULL OR loan_id IN (SELECT id FROM loan WHERE closed_at IS NOT NULL))
            """, arguments: [cutoff])
        report.movements = db.changesCount
    }

    /// Card details only: the payment row is bookkeeping and stays.
    private static func clearPaymentDetails(before cutoff: Date, into report: inout PurgeReport, _ db: Database) throws {
        let settled = "created_at < ? AND status NOT IN ('pending','sent','unknown') AND NOT (status = 'approved' AND completed = 0)"
        try db.execute(sql: "DELETE FROM payment_receipt_line WHERE payment_id IN (SELECT id FROM payment WHERE \(settled))", arguments: [cutoff])
        try db.execute(sql: """
            UPDATE payment SET masked_pan = NULL, card_name = NULL
            WHERE (masked_pan IS NOT NULL OR card_name IS NOT NULL) AND \(settled)
            """, arguments: [cutoff])
        report.paymentDetails = db.changesCount
    }

    /// Not erased yet, nothing new since `since`, and nothing open (see `ResidentErasure.openMatters`).
    private static func inactiveResidents(since cutoff: Date, _ db: Database) throws -> [Int64] {
        let candidates = try Int64.fetchAll(db, sql: """
            SELECT r.id FROM resident r
            WHERE r.erased_at IS NULL AND r.updated_at < ?1
              AND NOT EXISTS (SELECT 1 FROM parcel WHERE resident_id = r.id AND received_at >= ?1)
              AND NOT EXISTS (SELECT 1 FROM service_use WHERE resident_id = r.id AND started_at >= ?1)
              AND NOT EXISTS (SELECT 1 FROM credit_movement WHERE resident_id = r.id AND at >= ?1)
              AND NOT EXISTS (SELECT 1 FROM loan WHERE resident_id = r.id AND (closed_at IS NULL OR closed_at >= ?1))
              AND NOT EXISTS (SELECT 1 FROM manifest_entry WHERE resident_id = r.id AND imported_at >= ?1)
              AND NOT EXISTS (SELECT 1 FROM visit WHERE resident_id = r.id AND visited_at >= ?1)
              AND NOT EXISTS (SELECT 1 FROM signal WHERE resident_id = r.id
                              AND (status IN ('open', 'in-progress') OR coalesce(closed_at, handed_over_at) >= ?1))
            ORDER BY r.id
            """, arguments: [cutoff])
        return try candidates.filter { try ResidentErasure.openMatters($0, db).isEmpty }
    }
}

/// What one purge removed or unlinked.
public struct PurgeReport: Sendable, Equatable {
    public var manifestLines = 0
    public var parcels = 0
    public var loans = 0
    public var movements = 0
    public var paymentDetails = 0
    public var signals = 0
    public var visits = 0
    public var residentsErased = 0
    public var backupsScrubbed = 0
    public var backupsPending = false

    public init() {}
}

/// The `erasure` table: which residents were erased, so backups can be scrubbed of them later.
enum Erasure {
    enum Reason: String {
        case request
        case retention
    }

    static func record(_ residentID: Int64, reason: Reason, at now: Date, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO erasure (resident_id, erased_at, reason) VALUES (?, ?, ?)",
            arguments: [residentID, now, reason.rawValue]
        )
    }

    static func unscrubbed(_ db: Database) throws -> [(id: Int64, residentID: Int64)] {
        try Row.fetchAll(db, sql: "SELECT id, resident_id FROM erasure WHERE backups_scrubbed_at IS NULL ORDER BY id").map {
            (id: $0["id"], residentID: $0["resident_id"])
        }
    }

    static func markScrubbed(_ ids: [Int64], at now: Date, _ db: Database) throws {
        guard !ids.isEmpty else { return }
        try db.execute(
            sql: "UPDATE erasure SET backups_scrubbed_at = ? WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
            arguments: StatementArguments([now] + ids.map { $0 as DatabaseValueConvertible })
        )
    }
}
