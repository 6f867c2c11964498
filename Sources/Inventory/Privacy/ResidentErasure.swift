import Foundation
import GRDB

/// What erasing one resident (GDPR Art. 17) does to the database, in one transaction: passes,
/// proxies, visits, signals and manifest lines go; parcels, loans and stock movements lose their link; the
/// resident row keeps only its number (`#12`) and `erased_at`, so that rides, credit and payments,
/// which bookkeeping must keep, stay countable but point at nobody.
///
/// The same steps scrub old backups, where nothing is checked first: the live database already
/// decided.
enum ResidentErasure {
    /// What the hub still owes or holds for the resident, each with the command that settles it.
    /// Erasing now would lose an aid on loan, a parcel at the hub or money in flight.
    static func openMatters(_ residentID: Int64, _ db: Database) throws -> [LocalizedText] {
        var matters: [LocalizedText] = []
        let loans = try count(db, "SELECT COUNT(*) FROM loan WHERE resident_id = ? AND closed_at IS NULL", residentID)
        if loans > 0 {
            matters.append(LocalizedText(
                nl: "\(loans) hulpmiddel(en) nog in bruikleen — boek eerst de inname (kiosk stock desk)",
                en: "\(loans) aid(s) still on loan — book the return first (kiosk stock desk)"
            ))
        }
        let parcels = try count(db, "SELECT COUNT(*) FROM parcel WHERE resident_id = ? AND closed_on IS NULL", residentID)
        if parcels > 0 {
            matters.append(LocalizedText(
                nl: "\(parcels) pakket(ten) nog niet afgeleverd — lever af of retour (kiosk parcel deliver)",
                en: "\(parcels) parcel(s) not yet delivered — deliver or return them (kiosk parcel deliver)"
            ))
        }
        let rides = try count(db, "SELECT COUNT(*) FROM service_use WHERE resident_id = ? AND kind = 'ride' AND ended_at IS NULL", residentID)
        if rides > 0 {
            matters.append(LocalizedText(nl: "een rit staat nog open — sluit die eerst af", en: "a ride is still open — end it first"))
        }
        let payments = try count(db, """
            SELECT COUNT(*) FROM payment JOIN service_use ON service_use.id = payment.service_use_id
            WHERE service_use.resident_id = ?
              AND (payment.status IN ('pending','sent','unknown') OR (payment.status = 'approved' AND payment.completed = 0))
            """, residentID)
        if payments > 0 {
            matters.append(LocalizedText(
                nl: "\(payments) betaling(en) nog onzeker — los ze eerst op (kiosk payments)",
                en: "\(payments) payment(s) still unresolved — settle them first (kiosk payments)"
            ))
        }
        return matters
    }

    /// Removes or unlinks everything personal about `residentID`. Counts what it did.
    @discardableResult
    static func apply(_ residentID: Int64, at now: Date, _ db: Database) throws -> ErasureReport {
        var report = ErasureReport(residentId: residentID)
        try db.execute(sql: "UPDATE service_use SET pass_id = NULL WHERE pass_id IN (SELECT id FROM pass WHERE resident_id = ?)", arguments: [residentID])
        report.passes = try changes(db, "DELETE FROM pass WHERE resident_id = ?", residentID)
        report.proxies = try changes(db, "DELETE FROM proxy WHERE resident_id = ?", residentID)
        // A backup from before v17 has neither table, and the same steps scrub backups.
        if try db.tableExists("visit") {
            report.visits = try changes(db, "DELETE FROM visit WHERE resident_id = ?", residentID)
        }
        if try db.tableExists("signal") {
            report.signals = try changes(db, "DELETE FROM signal WHERE resident_id = ?", residentID)
        }
        report.manifestLines = try changes(db, "DELETE FROM manifest_entry WHERE resident_id = ?", residentID)
        report.parcels = try changes(db, "UPDATE parcel SET resident_id = NULL WHERE resident_id = ?", residentID)
        report.loans = try changes(db, "UPDATE loan SET resident_id = NULL WHERE resident_id = ?", residentID)
        report.movements = try changes(db, "UPDATE movement SET resident_id = NULL WHERE resident_id = ?", residentID)
        try db.execute(sql: "UPDATE service_use SET review_note = NULL WHERE resident_id = ?", arguments: [residentID])
        report.keptServiceUses = try count(db, "SELECT COUNT(*) FROM service_use WHERE resident_id = ?", residentID)
        report.keptCreditMovements = try count(db, "SELECT COUNT(*) FROM credit_movement WHERE resident_id = ?", residentID)
        report.creditLeftCents = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(amount_cents), 0) FROM credit_movement WHERE resident_id = ?", arguments: [residentID]) ?? 0
        try db.execute(sql: """
            UPDATE resident SET name = '#' || id, reference = NULL, street = '', house_number = '', postcode = '', town = '',
                phone = NULL, remarks = NULL, updated_at = ?1, erased_at = COALESCE(erased_at, ?1)
            WHERE id = ?2
            """, arguments: [now, residentID])
        return report
    }

    private static func count(_ db: Database, _ sql: String, _ residentID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: [residentID]) ?? 0
    }

    private static func changes(_ db: Database, _ sql: String, _ residentID: Int64) throws -> Int {
        try db.execute(sql: sql, arguments: [residentID])
        return db.changesCount
    }
}

/// What one erasure did; payments are not listed because none is touched (they point at uses).
public struct ErasureReport: Sendable, Equatable {
    public var residentId: Int64
    public var passes = 0
    public var proxies = 0
    public var visits = 0
    public var signals = 0
    public var manifestLines = 0
    public var parcels = 0
    public var loans = 0
    public var movements = 0
    public var keptServiceUses = 0
    public var keptCreditMovements = 0
    /// Credit the resident still had: the office refunds it; the hub has no refund of its own.
    public var creditLeftCents = 0
    /// Backups on the stick the erasure has reached; `backupsPending` when the stick was away
    /// and the nightly backup will scrub them.
    public var backupsScrubbed = 0
    public var backupsPending = false

    public init(residentId: Int64) {
        self.residentId = residentId
    }
}
