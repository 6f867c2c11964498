import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A date as GRDB stores one (`yyyy-MM-dd HH:mm:ss.SSS`, UTC, to the nearest millisecond from
/// the reference date, as Foundation's formatter rounds it), written
/// without a `DateFormatter`. GRDB formats each `Date` argument through ICU, which was 3 % of
/// an intake scan's CPU (issue 16); the hot insert binds this text instead, and
/// `StoredDateTests` holds it to GRDB's own output.
enum StoredDate {
    static func text(_ date: Date) -> String {
        let milliseconds = ((date.timeIntervalSinceReferenceDate + 978_307_200) * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return "" }
        let fraction = Int(milliseconds - seconds * 1000)
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2)) "
            + "\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2)).\(pad(fraction, 3))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
