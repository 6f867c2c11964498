import Foundation

/// The hub's notion of "today" and of clock times; injected so tests can fix both.
public struct HubCalendar: Sendable {
    public var timeZone: TimeZone
    public var now: @Sendable () -> Date

    public init(timeZone: TimeZone = .current, now: @escaping @Sendable () -> Date = { Date() }) {
        self.timeZone = timeZone
        self.now = now
    }

    var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    public var today: LocalDay { LocalDay(now(), in: self) }

    /// The year in the hub's time zone, e.g. to place a label's two-digit year.
    public var currentYear: Int { gregorian.component(.year, from: now()) }

    /// The hour of the day (0–23) in the hub's time zone.
    public func hour(of date: Date) -> Int {
        gregorian.component(.hour, from: date)
    }

    public func day(of date: Date) -> LocalDay { LocalDay(date, in: self) }

    /// "07:42": how staff read a time on the screen and in messages.
    public func clockTime(_ date: Date) -> String {
        let parts = gregorian.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "23-11 07:42" for times that may lie on another day.
    public func dayAndTime(_ date: Date) -> String {
        let parts = gregorian.dateComponents([.day, .month], from: date)
        return String(format: "%02d-%02d ", parts.day ?? 0, parts.month ?? 0) + clockTime(date)
    }
}
