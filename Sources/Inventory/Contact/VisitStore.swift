import Foundation
import GRDB

/// Visits without a delivery, and who has gone without personal contact (issue 18, points 3
/// and 5). Both are staff looks at or changes to residents' records, audited.
public struct VisitStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    /// `signal`: the signal this visit followed up, if any; it must be the same resident's.
    public func add(resident key: String, reason raw: String, minutes: Int, signal: Int64? = nil, by actor: StaffActor) async throws -> Visit {
        let now = calendar.now()
        let reason = try InventoryError.choice(raw, as: VisitReason.self, nl: "reden", en: "reason")
        try Self.checkMinutes(minutes)
        let today = calendar.day(of: now)
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: key, db)
            let residentID = try SignalStore.id(of: resident)
            if let signal, try Signal.fetchOne(db, key: signal)?.residentId != residentID {
                throw InventoryError(
                    .invalidInput, nl: "signaal \(signal) hoort niet bij deze bewoner — zie `kiosk signals`",
                    en: "signal \(signal) is not this resident's — see `kiosk signals`"
                )
            }
            return try Self.record(
                Visit(residentId: residentID, reason: reason, minutes: minutes, signalId: signal, visitedAt: now, visitedOn: today, recordedBy: actor.name),
                by: actor, db
            )
        }
    }

    static func checkMinutes(_ minutes: Int) throws(InventoryError) {
        guard (0...600).contains(minutes) else {
            throw InventoryError(
                .invalidInput, nl: "\(minutes) minuten kan niet — geef 0 tot 600 minuten binnen",
                en: "\(minutes) minutes is not possible — give 0 to 600 minutes inside"
            )
        }
    }

    /// Stores a checked visit with its audit row; shared with the tablet's sync.
    static func record(_ visit: Visit, by actor: StaffActor, _ db: Database) throws -> Visit {
        var visit = visit
        try visit.insert(db)
        guard let id = visit.id else { throw InventoryError.unnumbered(nl: "het bezoek", en: "the visit") }
        try AuditLog.record(db, at: visit.visitedAt, actor: actor, action: "visit.add", residentID: visit.residentId, subject: "visit \(id) \(visit.reason.rawValue)")
        return visit
    }

    /// Residents with a delivery handed over in the last `days` days (today included) and no
    /// contact at the door or visit in them, longest without contact first. One audit row.
    public func quiet(days: Int, by actor: StaffActor) async throws -> [QuietResident] {
        guard (1...365).contains(days) else {
            throw InventoryError(.invalidInput, nl: "kies 1 tot 365 dagen", en: "choose 1 to 365 days")
        }
        let now = calendar.now()
        let first = calendar.day(of: calendar.gregorian.date(byAdding: .day, value: -(days - 1), to: now) ?? now)
        return try await database.pool.write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT resident.id, resident.reference, resident.name,
                       COUNT(*) AS deliveries, SUM(parcel.outcome = 'letterbox') AS letterbox, MAX(parcel.closed_on) AS last_delivery,
                       (SELECT MAX(day) FROM (
                           SELECT p.closed_on AS day FROM parcel p WHERE p.resident_id = resident.id AND p.outcome = 'contact'
                           UNION ALL SELECT v.visited_on FROM visit v WHERE v.resident_id = resident.id)) AS last_contact
                FROM parcel JOIN resident ON resident.id = parcel.resident_id
                WHERE parcel.closed_on >= ?1 AND parcel.outcome IN ('letterbox', 'neighbour', 'contact') AND resident.erased_at IS NULL
                GROUP BY resident.id
                HAVING SUM(parcel.outcome = 'contact') = 0
                   AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.resident_id = resident.id AND v.visited_on >= ?1)
                ORDER BY last_contact IS NOT NULL, last_contact, resident.name
                """, arguments: [first])
            try AuditLog.record(db, at: now, actor: actor, action: "resident.quiet", subject: "\(days) days")
            return rows.map { row in
                QuietResident(
                    residentId: row["id"], reference: row["reference"], name: row["name"], deliveries: row["deliveries"],
                    letterbox: row["letterbox"] ?? 0, lastDeliveryOn: LocalDay(row["last_delivery"] ?? "") ?? first,
                    lastContactOn: (row["last_contact"] as String?).flatMap(LocalDay.init)
                )
            }
        }
    }
}
