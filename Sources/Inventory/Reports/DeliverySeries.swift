import Foundation
import GRDB

/// Deliveries per month and supplier for the charts (the evaluation's Figure 7), and the contact
/// share per month; the same definitions as the period report.
public struct DeliverySeries: Sendable, Codable, Equatable {
    public struct Month: Sendable, Codable, Equatable {
        public var month: String
        public var perSupplier: [String: Int]
        public var contact: Int
        public var delivered: Int
    }

    public var months: [Month]
    public var suppliers: [String]
}

extension ReportStore {
    /// The `count` months up to and including the current one, oldest first.
    public func deliverySeries(months count: Int) async throws -> DeliverySeries {
        guard (1...120).contains(count) else {
            throw InventoryError(.invalidInput, nl: "kies 1 tot 120 maanden", en: "choose 1 to 120 months")
        }
        var months = [YearMonth(containing: calendar.today)]
        while months.count < count, let first = months.first { months.insert(first.previous, at: 0) }
        let (first, end) = (months[0].firstDay, months[months.count - 1].nextMonthFirstDay)
        let rows = try await database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT substr(closed_on, 1, 7) AS month, supplier_id, outcome, COUNT(*) AS parcels FROM parcel
                WHERE closed_on >= ? AND closed_on < ? AND \(Self.handedOver)
                GROUP BY month, supplier_id, outcome
                """, arguments: [first, end])
        }
        var byMonth = Dictionary(uniqueKeysWithValues: months.map { ($0.description, DeliverySeries.Month(month: $0.description, perSupplier: [:], contact: 0, delivered: 0)) })
        for row in rows {
            let month: String = row["month"], supplier: String = row["supplier_id"], parcels: Int = row["parcels"]
            byMonth[month]?.perSupplier[supplier, default: 0] += parcels
            byMonth[month]?.delivered += parcels
            if row["outcome"] == DeliveryOutcome.contact.rawValue { byMonth[month]?.contact += parcels }
        }
        let ordered = months.compactMap { byMonth[$0.description] }
        return DeliverySeries(months: ordered, suppliers: Set(ordered.flatMap(\.perSupplier.keys)).sorted())
    }
}
