import Foundation
import GRDB

/// One contact history per resident, gathered from every table that records something the hub
/// did with or for them. Reading it is a look at one resident's records, so it is audited.
public struct ResidentTimeline: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar

    public init(database: HubDatabase, calendar: HubCalendar) {
        self.database = database
        self.calendar = calendar
    }

    /// Newest first, at most `limit` entries. Each source is read newest first with the same
    /// limit, so the merge is exact without reading a resident's whole history.
    public func timeline(residentKey: String, by actor: StaffActor, limit: Int = 200) async throws -> ResidentTimelineView {
        let now = calendar.now()
        let limit = max(0, limit)
        return try await database.pool.write { db in
            let resident = try ResidentStore.require(matching: residentKey, db)
            let residentID = resident.id ?? 0
            let groups = [
                try useStartEntries(residentID, limit: limit, db),
                try rideEndEntries(residentID, limit: limit, db),
                try creditEntries(residentID, limit: limit, db),
                try parcelEntries(residentID, limit: limit, db),
                try attemptEntries(residentID, limit: limit, db),
                try passEntries(residentID, limit: limit, db),
                try proxyEntries(residentID, limit: limit, db),
                try visitEntries(residentID, limit: limit, db),
            ]
            let balance = try CreditStore.balance(residentID: residentID, db)
            try AuditLog.record(db, at: now, actor: actor, action: "resident.timeline", residentID: residentID)
            return ResidentTimelineView(
                residentId: residentID, residentName: resident.name, creditCents: balance.value,
                entries: Self.merged(groups, limit: limit)
            )
        }
    }

    /// Equal times put the later group first (a credit deduction above the use that caused it),
    /// and keep each group's own order, so the result never depends on sort stability.
    static func merged(_ groups: [[TimelineEntry]], limit: Int) -> [TimelineEntry] {
        let keyed = groups.enumerated().flatMap { group, entries in
            entries.enumerated().map { (group: group, position: $0.offset, entry: $0.element) }
        }
        let sorted = keyed.sorted { lhs, rhs in
            if lhs.entry.time != rhs.entry.time { return lhs.entry.time > rhs.entry.time }
            if lhs.group != rhs.group { return lhs.group > rhs.group }
            return lhs.position < rhs.position
        }
        return sorted.prefix(limit).map(\.entry)
    }
}
