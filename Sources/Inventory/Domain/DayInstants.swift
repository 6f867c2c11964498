import Foundation

/// Turns hub-local days and clock times into instants. Kept in one place so the day-end timer,
/// the auto-close and the month bounds agree on the time zone, daylight saving included.
enum DayInstants {
    static func instant(_ day: LocalDay, hour: Int, minute: Int, in calendar: HubCalendar) -> Date {
        let parts = day.text.split(separator: "-").map { Int($0) ?? 1 }
        var components = DateComponents()
        components.timeZone = calendar.timeZone
        components.year = parts.first
        components.month = parts.count > 1 ? parts[1] : 1
        components.day = parts.count > 2 ? parts[2] : 1
        components.hour = hour
        components.minute = minute
        return calendar.gregorian.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    static func startOfDay(_ day: LocalDay, in calendar: HubCalendar) -> Date {
        instant(day, hour: 0, minute: 0, in: calendar)
    }

    /// Goes through local noon, which exists on every day, so a daylight-saving jump never skips a day.
    static func day(after day: LocalDay, in calendar: HubCalendar) -> LocalDay {
        let noon = instant(day, hour: 12, minute: 0, in: calendar)
        let next = calendar.gregorian.date(byAdding: .day, value: 1, to: noon) ?? noon.addingTimeInterval(86_400)
        return calendar.day(of: next)
    }

    /// The first `hour:minute` on the hub's clock after `date`: today's if still ahead, else tomorrow's.
    static func next(hour: Int, minute: Int, after date: Date, in calendar: HubCalendar) -> Date {
        let day = calendar.day(of: date)
        let sameDay = instant(day, hour: hour, minute: minute, in: calendar)
        if sameDay > date { return sameDay }
        return instant(Self.day(after: day, in: calendar), hour: hour, minute: minute, in: calendar)
    }
}
