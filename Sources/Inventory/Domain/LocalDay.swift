import Foundation

/// A calendar day in the hub's time zone, stored as `YYYY-MM-DD` so it sorts and indexes as text.
public struct LocalDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let text: String

    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2D }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Self.days(in: month, of: year), year > 1900
        else { return nil }
        self.text = text
    }

    /// The Gregorian calendar's month lengths, so 2026-02-31 or 2026-04-31 is no day.
    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(_ date: Date, in calendar: HubCalendar) {
        let parts = calendar.gregorian.dateComponents([.year, .month, .day], from: date)
        self.text = "\((parts.year ?? 1970).zeroPadded(4))-\((parts.month ?? 1).zeroPadded(2))-\((parts.day ?? 1).zeroPadded(2))"
    }

    public var description: String { text }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool { lhs.text < rhs.text }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let day = LocalDay(raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(raw)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
