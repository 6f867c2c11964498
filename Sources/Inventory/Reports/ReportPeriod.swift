import Foundation

/// The period a report covers: a month (`2026-11`), a quarter (`2026-Q4`), a year (`2026`), or
/// any range of whole days (`2026-10-05` to `2026-11-01`, both included), for funders who
/// report every four weeks. Parsed strictly, so a typo never reports another period.
public struct ReportPeriod: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case month, quarter, year, range
    }

    public let kind: Kind
    public let firstDay: LocalDay
    /// The day after the last, so the queries are half-open text ranges on `*_on` columns.
    public let endDay: LocalDay
    public let description: String

    public static func month(_ text: String) throws(InventoryError) -> ReportPeriod {
        guard let month = YearMonth(text) else { throw malformed(text, "YYYY-MM, e.g. 2026-11", nl: "JJJJ-MM, bv. 2026-11") }
        return ReportPeriod(kind: .month, firstDay: month.firstDay, endDay: month.nextMonthFirstDay, description: month.description)
    }

    public static func quarter(_ text: String) throws(InventoryError) -> ReportPeriod {
        let parts = text.uppercased().split(separator: "-Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 1, let quarter = Int(parts[1]), (1...4).contains(quarter),
              let first = YearMonth(parts[0] + "-" + String(format: "%02d", quarter * 3 - 2)),
              let last = YearMonth(parts[0] + "-" + String(format: "%02d", quarter * 3))
        else { throw malformed(text, "YYYY-Qn, e.g. 2026-Q4", nl: "JJJJ-Kn als 2026-Q4") }
        return ReportPeriod(kind: .quarter, firstDay: first.firstDay, endDay: last.nextMonthFirstDay, description: "\(first.year)-Q\(quarter)")
    }

    public static func year(_ text: String) throws(InventoryError) -> ReportPeriod {
        guard text.count == 4, let january = YearMonth(text + "-01"), let december = YearMonth(text + "-12") else {
            throw malformed(text, "YYYY, e.g. 2026", nl: "JJJJ, bv. 2026")
        }
        return ReportPeriod(kind: .year, firstDay: january.firstDay, endDay: december.nextMonthFirstDay, description: text)
    }

    /// Both days included; at most ten years, so one request cannot ask for the whole history twice over.
    public static func range(from: String, to: String, calendar: HubCalendar) throws(InventoryError) -> ReportPeriod {
        guard let first = LocalDay(from) else { throw malformed(from, "YYYY-MM-DD, e.g. 2026-10-05", nl: "JJJJ-MM-DD, bv. 2026-10-05") }
        guard let last = LocalDay(to) else { throw malformed(to, "YYYY-MM-DD, e.g. 2026-11-01", nl: "JJJJ-MM-DD, bv. 2026-11-01") }
        guard first <= last else {
            throw InventoryError(
                .invalidInput, nl: "de periode \(first) tot en met \(last) loopt achteruit — zet de vroegste dag eerst",
                en: "the range \(first) to \(last) runs backwards — put the earlier day first"
            )
        }
        guard (Int(last.text.prefix(4)) ?? 0) - (Int(first.text.prefix(4)) ?? 0) <= 10 else {
            throw InventoryError(.invalidInput, nl: "een periode is hoogstens tien jaar", en: "a range covers at most ten years")
        }
        return ReportPeriod(kind: .range, firstDay: first, endDay: DayInstants.day(after: last, in: calendar), description: "\(first)..\(last)")
    }

    /// The last day included.
    public func lastDay(in calendar: HubCalendar) -> LocalDay {
        calendar.day(of: DayInstants.instant(endDay, hour: 0, minute: 0, in: calendar).addingTimeInterval(-43_200))
    }

    /// Refuses a period that has not begun: its figures would all be zero and look like a fault.
    public func check(today: LocalDay) throws(InventoryError) {
        guard firstDay <= today else {
            throw InventoryError(
                .invalidInput, nl: "\(description) ligt in de toekomst — vandaag is \(today)",
                en: "\(description) lies in the future — today is \(today)"
            )
        }
    }

    private static func malformed(_ text: String, _ form: String, nl: String) -> InventoryError {
        let shown = String(text.prefix(40))
        return InventoryError(.invalidInput, nl: "'\(shown)' is geen periode — schrijf \(nl)", en: "'\(shown)' is not a period — write \(form)")
    }
}
