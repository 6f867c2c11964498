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
        let day = "\((Int(parts.tm_year) + 1900).zeroPadded(4))-\((Int(parts.tm_mon) + 1).zeroPadded(2))-\(Int(parts.tm_mday).zeroPadded(2))"
        return "\(day) \(Int(parts.tm_hour).zeroPadded(2)):\(Int(parts.tm_min).zeroPadded(2)):\(Int(parts.tm_sec).zeroPadded(2)).\(fraction.zeroPadded(3))"
    }
}
