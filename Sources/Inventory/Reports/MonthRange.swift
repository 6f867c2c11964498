import Foundation
import GRDB

/// A month as the queries need it: day texts for the `*_on` columns, and the instants of local
/// midnight at both ends for timestamp columns.
struct MonthRange: Sendable {
    let firstDay: LocalDay
    let nextMonthFirstDay: LocalDay
    let start: Date
    let end: Date

    init(_ month: YearMonth, calendar: HubCalendar) {
        firstDay = month.firstDay
        nextMonthFirstDay = month.nextMonthFirstDay
        start = DayInstants.startOfDay(firstDay, in: calendar)
        end = DayInstants.startOfDay(nextMonthFirstDay, in: calendar)
    }

    var dayArguments: StatementArguments { [firstDay, nextMonthFirstDay] }
}
