import Foundation
import GRDB

extension ServiceUseStore {
    /// Closes every ride still open past its day end, at that day-end instant, and queues it for
    /// review without any penalty. Idempotent: a closed ride is never touched again.
    public func closeRidesPastDayEnd() async throws -> [ServiceUse] {
        let now = calendar.now()
        return try await database.pool.write { db in
            let open = try ServiceUse
                .filter(Column("kind") == ServiceKind.ride.rawValue && Column("ended_at") == nil)
                .order(Column("started_at"), Column("id"))
                .fetchAll(db)
            var closed: [ServiceUse] = []
            for var use in open {
                if try autoClose(&use, now: now, db) { closed.append(use) }
            }
            return closed
        }
    }

    /// The next day-end instant strictly after `date`, for the daemon's timer.
    public func nextDayEnd(after date: Date) -> Date {
        let day = calendar.day(of: date)
        let sameDay = dayEnd(of: day)
        if sameDay > date { return sameDay }
        return dayEnd(of: DayInstants.day(after: day, in: calendar))
    }

    func dayEnd(of day: LocalDay) -> Date {
        DayInstants.instant(day, hour: rules.dayEndHour, minute: rules.dayEndMinute, in: calendar)
    }

    /// The day end that closes a ride: its start day's, or the next one when the ride started
    /// after that day's end, so a ride never ends before it began.
    func closingTime(of use: ServiceUse) -> Date {
        let startDayEnd = dayEnd(of: use.startedOn)
        return startDayEnd > use.startedAt ? startDayEnd : nextDayEnd(after: use.startedAt)
    }

    /// Closes the resident's open ride if its day end has passed; used before a check-in or
    /// check-out, so a missed timer never leaves a resident stuck in yesterday's ride.
    func closeStaleRide(residentID: Int64, now: Date, _ db: Database) throws {
        guard var use = try Self.openRideRecord(residentID: residentID, db) else { return }
        _ = try autoClose(&use, now: now, db)
    }

    /// Writes the close and its audit row in the caller's transaction; false when the ride's day
    /// end has not come yet.
    func autoClose(_ use: inout ServiceUse, now: Date, _ db: Database) throws -> Bool {
        let closing = closingTime(of: use)
        guard use.endedAt == nil, now >= closing else { return false }
        use.endedAt = closing
        use.endReason = .auto
        use.reviewState = .pending
        try use.update(db)
        try AuditLog.record(db, at: now, actor: .hub, action: "ride.auto-close", residentID: use.residentId, subject: "use \(use.id ?? 0)")
        return true
    }
}
