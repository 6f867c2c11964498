import Foundation

/// Times as staff read them, in this machine's time zone (the hub's).
enum HubCalendarText {
    private static var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar
    }

    /// "07:42".
    static func clockTime(_ date: Date) -> String {
        let parts = gregorian.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "23-11 07:42" for times that may lie on another day.
    static func dayAndTime(_ date: Date) -> String {
        let parts = gregorian.dateComponents([.day, .month], from: date)
        return String(format: "%02d-%02d ", parts.day ?? 0, parts.month ?? 0) + clockTime(date)
    }
}
