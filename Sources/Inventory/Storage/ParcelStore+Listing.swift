import Foundation
import GRDB

extension ParcelStore {
    /// The parcels on a day's list: received that day, plus any still open from earlier days
    /// (not home, or never taken out), so nothing at the hub drops off the list.
    public func parcels(on day: LocalDay, status: ParcelStatus? = nil) async throws -> [ParcelView] {
        let now = calendar.now()
        let rows = try await database.pool.read { db in
            let parcels = try Parcel
                .filter(Column("received_on") <= day)
                .filter(Column("closed_on") == nil || Column("closed_on") >= day)
                .order(Column("received_at"))
                .fetchAll(db)
            let residentIDs = Set(parcels.compactMap(\.residentId))
            let residents = try Resident.fetchAll(db, keys: Array(residentIDs))
            let byID = Dictionary(residents.compactMap { r in r.id.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
            return parcels.map { ($0, $0.residentId.flatMap { byID[$0] }) }
        }
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

    public func dayList(on day: LocalDay) async throws -> DayList {
        let views = try await parcels(on: day)
        let residentRemarks = try await database.pool.read { db in
            try Resident.filter(Column("remarks") != nil).fetchAll(db)
                .reduce(into: [Int64: String]()) { map, r in if let id = r.id, let remarks = r.remarks { map[id] = remarks } }
        }
        return DayList(day: day, parcels: views, residentRemarks: residentRemarks, calendar: calendar)
    }
}
