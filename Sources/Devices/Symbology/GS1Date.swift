/// A GS1 date field (YYMMDD: AIs 11, 12, 13, 15, 16, 17) as a calendar day.
///
/// The two-digit year is placed by the GS1 General Specifications' sliding window (§7.12,
/// "Determination of century in dates"): with the difference YY − (current year mod 100),
/// 51 or more means the previous century, −50 or less the next one, anything else the current
/// century. A date thus lies from 49 years before to 50 years after the current year, so a
/// label read in 2026 with `991231` expired in 1999 rather than lasting until 2099. Day 00 is
/// "end of the month" in GS1 and becomes the month's last day.
public struct GS1Date: Sendable, Hashable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless `yymmdd` is six digits with a real month and day (or day 00).
    public init?(_ yymmdd: String, currentYear: Int) {
        let digits = yymmdd.utf8.compactMap(CheckDigit.digitValue)
        guard digits.count == 6, yymmdd.utf8.count == 6 else { return nil }
        let year = Self.year(twoDigit: digits[0] * 10 + digits[1], currentYear: currentYear)
        let month = digits[2] * 10 + digits[3]
        guard (1...12).contains(month) else { return nil }
        let last = Self.daysIn(month: month, year: year)
        let day = digits[4] * 10 + digits[5]
        guard day <= last else { return nil }
        self.year = year
        self.month = month
        self.day = day == 0 ? last : day
    }

    /// The full year for a two-digit `yy` read in `currentYear`.
    public static func year(twoDigit yy: Int, currentYear: Int) -> Int {
        let century = currentYear / 100 * 100
        let difference = yy - (currentYear - century)
        if difference >= 51 { return century - 100 + yy }
        if difference <= -50 { return century + 100 + yy }
        return century + yy
    }

    /// "2026-11-30".
    public var isoText: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
