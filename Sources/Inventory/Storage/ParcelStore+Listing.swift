import Foundation
import GRDB

extension ParcelStore {
    /// The parcels on a day's list: received that day, plus any still open from earlier days
    /// (not home, or never taken out), so nothing at the hub drops off the list. A staff
    /// `viewer` looks at residents' names and addresses: the audit row is written in the same
    /// transaction as the read.
    public func parcels(on day: LocalDay, status: ParcelStatus? = nil, viewer: StaffActor? = nil) async throws -> [ParcelView] {
        let now = calendar.now()
        let today = calendar.day(of: now) == day
        guard let viewer else {
            return views(try await database.pool.read { db in try Self.rows(on: day, today: today, db) }, status: status, now: now)
        }
        let rows = try await database.pool.write { db in
            let rows = try Self.rows(on: day, today: today, db)
            try AuditLog.record(db, at: now, actor: viewer, action: "parcels.list", subject: day.text)
            return rows
        }
        return views(rows, status: status, now: now)
    }

    /// In scan order, by row id: a Pi without a clock battery may boot with its clock a day
    /// behind, and parcels scanned before that must neither jump the queue nor drop off today's
    /// list because their dates lie "after" today. Sorted here, not by SQL: an `ORDER BY id`
    /// makes SQLite walk the table in row order, every parcel ever received.
    static func rows(on day: LocalDay, today: Bool, _ db: Database) throws -> [(Parcel, Resident?)] {
        let parcels = try Parcel
            .filter(sql: onList(today: today), arguments: [day.text])
            .fetchAll(db)
            .sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        let residentIDs = Set(parcels.compactMap(\.residentId))
        let residents = try Resident.fetchAll(db, keys: Array(residentIDs))
        let byID = Dictionary(residents.compactMap { r in r.id.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
        return parcels.map { ($0, $0.residentId.flatMap { byID[$0] }) }
    }

    /// The parcels on the list of day `?1`: still open, or closed on or after that day, and (for
    /// any day but today) received by then. Written so that both branches are searches of the
    /// `closed_on` index; the `+` keeps SQLite from walking `received_on`, which on a hub ten
    /// years old matches every parcel (`ParcelListPlanTests` holds the plan).
    static func onList(today: Bool) -> String {
        today
            ? "(closed_on IS NULL OR (closed_on >= ?1 AND +received_on <= ?1))"
            : "((closed_on IS NULL OR closed_on >= ?1) AND +received_on <= ?1)"
    }

    private func views(_ rows: [(Parcel, Resident?)], status: ParcelStatus?, now: Date) -> [ParcelView] {
        let views = rows
            .filter { status == nil || $0.0.status == status }
            .map { ParcelView(parcel: $0.0, supplierName: suppliers.name(of: $0.0.supplierId), resident: $0.1, now: now) }
        return Self.overdueFirst(views)
    }

    /// Overdue cold-chain parcels first, the most overdue on top; then by time of arrival.
    static func overdueFirst(_ views: [ParcelView]) -> [ParcelView] {
        views.enumerated().sorted { lhs, rhs in
            switch (lhs.element.overdue, rhs.element.overdue) {
            case (true, false): return true
            case (false, true): return false
            case (true, true): return (lhs.element.deadlineAt ?? .distantPast) < (rhs.element.deadlineAt ?? .distantPast)
            case (false, false): return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// The delivery list; read and audited in one transaction, like every staff look.
    public func dayList(on day: LocalDay, viewer: StaffActor) async throws -> DayList {
        let now = calendar.now()
        let today = calendar.day(of: now) == day
        let rows = try await database.pool.write { db in
            let rows = try Self.rows(on: day, today: today, db)
            try AuditLog.record(db, at: now, actor: viewer, action: "today.view", subject: day.text)
            return rows
        }
        return dayList(rows, on: day, now: now)
    }

    /// The residents on the list came with their parcels; nobody else's remarks are read.
    func dayList(_ rows: [(Parcel, Resident?)], on day: LocalDay, now: Date) -> DayList {
        let residentRemarks = rows.compactMap(\.1).reduce(into: [Int64: String]()) { map, resident in
            if let id = resident.id, let remarks = resident.remarks { map[id] = remarks }
        }
        return DayList(day: day, parcels: views(rows, status: nil, now: now), residentRemarks: residentRemarks, calendar: calendar)
    }
}

/// How many parcels a day's list holds, counted by SQLite without loading them: `kiosk status`
/// asks this on every call, and a busy day must not make it slow.
public struct ParcelDayCounts: Sendable, Equatable {
    public var total: Int
    public var unassigned: Int
    public var overdue: Int
}

extension ParcelStore {
    /// The same parcels as `parcels(on:)`, counted; no names are read, so no audit row.
    public func counts(on day: LocalDay) async throws -> ParcelDayCounts {
        let now = calendar.now()
        let onList = Self.onList(today: calendar.day(of: now) == day)
        return try await database.pool.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS total,
                       COALESCE(SUM(outcome IS NULL AND resident_id IS NULL), 0) AS unassigned,
                       COALESCE(SUM(closed_on IS NULL AND deadline_at < ?2), 0) AS overdue
                FROM parcel WHERE \(onList)
                """, arguments: [day.text, now])
            return ParcelDayCounts(total: row?["total"] ?? 0, unassigned: row?["unassigned"] ?? 0, overdue: row?["overdue"] ?? 0)
        }
    }
}
