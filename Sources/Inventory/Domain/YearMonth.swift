import Foundation

/// A calendar month as the coordinator names it ("2026-11"); stored and compared through its
/// first day, so month ranges stay plain text ranges on the indexed `*_on` columns.
public struct YearMonth: Sendable, Hashable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1901...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Accepts exactly "YYYY-MM" with a month 01–12, so a typo never silently reports another month.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
              let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month a day falls in.
    public init(containing day: LocalDay) {
        let parts = day.text.split(separator: "-")
        let year = parts.first.flatMap { Int($0) } ?? 1970
        let month = parts.dropFirst().first.flatMap { Int($0) } ?? 1
        self.year = year
        self.month = month
    }

    public var description: String { String(format: "%04d-%02d", year, month) }

    public var firstDay: LocalDay { Self.first(year: year, month: month) }

    public var nextMonthFirstDay: LocalDay {
        month == 12 ? Self.first(year: year + 1, month: 1) : Self.first(year: year, month: month + 1)
    }

    public var previous: YearMonth {
        month == 1 ? YearMonth(uncheckedYear: year - 1, month: 12) : YearMonth(uncheckedYear: year, month: month - 1)
    }

    public var next: YearMonth {
        month == 12 ? YearMonth(uncheckedYear: year + 1, month: 1) : YearMonth(uncheckedYear: year, month: month + 1)
    }

    private init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    private static func first(year: Int, month: Int) -> LocalDay {
        let text = String(format: "%04d-%02d-01", year, month)
        return LocalDay(text) ?? LocalDay(Date(timeIntervalSince1970: 0), in: HubCalendar())
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let month = YearMonth(raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM month: \(raw)"))
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
