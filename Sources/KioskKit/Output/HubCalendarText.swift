import Foundation
import Inventory

/// Times as staff read them, in this machine's time zone (the hub's).
enum HubCalendarText {
    static func dayAndTime(_ date: Date) -> String {
        HubCalendar().dayAndTime(date)
    }
}
