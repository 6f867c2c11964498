import Foundation

extension LocalDay {
    /// The day `days` later (or earlier) in the hub's calendar, so loan terms count calendar
    /// days whatever the daylight-saving change in between.
    func adding(days: Int, in calendar: HubCalendar) -> LocalDay {
        guard let date = self.date(in: calendar),
              let moved = calendar.gregorian.date(byAdding: .day, value: days, to: date)
        else { return self }
        return LocalDay(moved, in: calendar)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    func days(until other: LocalDay, in calendar: HubCalendar) -> Int {
        guard let start = date(in: calendar), let end = other.date(in: calendar) else { return 0 }
        return calendar.gregorian.dateComponents([.day], from: start, to: end).day ?? 0
    }

    /// Noon of the day, clear of any daylight-saving jump.
    func date(in calendar: HubCalendar) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.gregorian.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
    }
}
