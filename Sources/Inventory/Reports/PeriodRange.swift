import Foundation
import GRDB

/// A period as the queries need it: day texts for the `*_on` columns, and the instants of local
/// midnight at both ends for timestamp columns.
struct PeriodRange: Sendable {
    let firstDay: LocalDay
    let endDay: LocalDay
    let start: Date
    let end: Date

    init(_ period: ReportPeriod, calendar: HubCalendar) {
        firstDay = period.firstDay
        endDay = period.endDay
        start = DayInstants.startOfDay(firstDay, in: calendar)
        end = DayInstants.startOfDay(endDay, in: calendar)
    }

    var dayArguments: StatementArguments { [firstDay, endDay] }
    var instantArguments: StatementArguments { [start, end] }
}
