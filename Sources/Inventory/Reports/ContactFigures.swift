import Foundation
import GRDB

/// The evaluation's figures of the contact moment (issue 18, point 6), anonymous: counts, never
/// names. A contact moment is a day a resident was spoken to at the door (one or more parcels
/// with a contact outcome) or visited without a delivery.
public struct ContactFigures: Sendable, Codable, Equatable {
    /// One category's signals: opened, handed over and closed in the period.
    public struct SignalLine: Sendable, Codable, Equatable {
        public var category: SignalCategory
        public var opened: Int
        public var handedOver: Int
        public var closed: Int
    }

    public var contactMoments: Int
    /// Residents with a delivery handed over or a visit in the period.
    public var residentsSeen: Int
    /// Contact moments per resident seen per week (up to today in a running period), in
    /// hundredths; nil without residents.
    public var momentsPerResidentPerWeekHundredths: Int?
    /// Over contacts with their minutes tapped and visits, in tenths of a minute; nil without any.
    public var averageContactMinutesTenths: Int?
    public var visitsWithoutDelivery: Int
    /// One line per category with any signal activity, in `SignalCategory` order.
    public var signals: [SignalLine]

    /// Weeks are counted up to `now` in a period still running, so a month's first week is not
    /// divided by the whole month.
    static func make(_ range: PeriodRange, now: Date, _ db: Database) throws -> ContactFigures {
        let arguments = range.dayArguments
        let moments = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (
                SELECT resident_id, closed_on FROM parcel WHERE outcome = 'contact' AND resident_id IS NOT NULL AND closed_on >= ?1 AND closed_on < ?2
                UNION SELECT resident_id, visited_on FROM visit WHERE visited_on >= ?1 AND visited_on < ?2)
            """, arguments: arguments) ?? 0
        let seen = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (
                SELECT resident_id FROM parcel WHERE outcome IN ('contact','letterbox','neighbour') AND resident_id IS NOT NULL AND closed_on >= ?1 AND closed_on < ?2
                UNION SELECT resident_id FROM visit WHERE visited_on >= ?1 AND visited_on < ?2)
            """, arguments: arguments) ?? 0
        let visits = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, COALESCE(SUM(minutes), 0) AS minutes FROM visit WHERE visited_on >= ?1 AND visited_on < ?2", arguments: arguments)
        let tapped = try Row.fetchAll(db, sql: """
            SELECT a.contact_minutes, COUNT(*) AS n FROM delivery_attempt a JOIN parcel p ON p.id = a.parcel_id
            WHERE a.outcome = 'contact' AND a.contact_minutes IS NOT NULL AND p.closed_on >= ?1 AND p.closed_on < ?2
            GROUP BY a.contact_minutes
            """, arguments: arguments)
        let visitCount: Int = visits?["n"] ?? 0
        var minutes = Double(visits?["minutes"] ?? 0), counted = visitCount
        for row in tapped {
            guard let bucket = ContactMinutes(rawValue: row["contact_minutes"] ?? "") else { continue }
            let n: Int = row["n"]
            minutes += bucket.countedMinutes * Double(n)
            counted += n
        }
        let weeks = max(min(range.end, now).timeIntervalSince(range.start) / 86_400, 1) / 7
        return ContactFigures(
            contactMoments: moments, residentsSeen: seen,
            momentsPerResidentPerWeekHundredths: seen == 0 ? nil : Int((Double(moments) / Double(seen) / weeks * 100).rounded()),
            averageContactMinutesTenths: counted == 0 ? nil : Int((minutes / Double(counted) * 10).rounded()),
            visitsWithoutDelivery: visitCount, signals: try signalLines(range, db)
        )
    }

    private static func signalLines(_ range: PeriodRange, _ db: Database) throws -> [SignalLine] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT category,
                   SUM(opened_at >= ?1 AND opened_at < ?2) AS opened,
                   SUM(handed_over_at IS NOT NULL AND handed_over_at >= ?1 AND handed_over_at < ?2) AS handed,
                   SUM(closed_at IS NOT NULL AND closed_at >= ?1 AND closed_at < ?2) AS closed
            FROM signal GROUP BY category
            """, arguments: range.instantArguments)
        let byCategory = Dictionary(uniqueKeysWithValues: rows.compactMap { row -> (SignalCategory, SignalLine)? in
            guard let category = SignalCategory(rawValue: row["category"] ?? "") else { return nil }
            return (category, SignalLine(category: category, opened: row["opened"] ?? 0, handedOver: row["handed"] ?? 0, closed: row["closed"] ?? 0))
        })
        return SignalCategory.allCases.compactMap { byCategory[$0] }.filter { $0.opened + $0.handedOver + $0.closed > 0 }
    }
}
