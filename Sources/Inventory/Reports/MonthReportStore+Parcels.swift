import Foundation
import GRDB

extension MonthReportStore {
    static func parcels(_ range: MonthRange, _ db: Database) throws -> MonthReport.Parcels {
        let outcomes = try outcomeCounts(range, db)
        return MonthReport.Parcels(
            perSupplier: try perSupplier(range, db),
            contact: outcomes[.contact] ?? 0,
            letterbox: outcomes[.letterbox] ?? 0,
            neighbour: outcomes[.neighbour] ?? 0,
            notHome: outcomes[.notHome] ?? 0,
            returned: outcomes[.returned] ?? 0,
            uniqueAddresses: try uniqueAddresses(range, db)
        )
    }

    static func perSupplier(_ range: MonthRange, _ db: Database) throws -> [MonthReport.Parcels.SupplierCount] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT supplier_id, COUNT(*) AS parcels FROM parcel
                WHERE received_on >= ? AND received_on < ?
                GROUP BY supplier_id ORDER BY supplier_id
                """,
            arguments: range.dayArguments
        )
        return rows.map { MonthReport.Parcels.SupplierCount(supplierId: $0["supplier_id"] ?? "", count: $0["parcels"] ?? 0) }
    }

    /// By the moment each attempt was recorded, so a parcel received on the 31st and delivered
    /// on the 1st counts its outcome in the month it happened.
    static func outcomeCounts(_ range: MonthRange, _ db: Database) throws -> [DeliveryOutcome: Int] {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT outcome, COUNT(*) AS attempts FROM delivery_attempt WHERE recorded_at >= ? AND recorded_at < ? GROUP BY outcome",
            arguments: [range.start, range.end]
        )
        return rows.reduce(into: [:]) { counts, row in
            if let outcome = DeliveryOutcome(rawValue: row["outcome"] ?? "") { counts[outcome] = row["attempts"] ?? 0 }
        }
    }

    /// Street and house number compare without case or surrounding spaces, so one address typed
    /// twice counts once; postcodes are already normalised on entry.
    static func uniqueAddresses(_ range: MonthRange, _ db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FROM (
                    SELECT DISTINCT lower(trim(resident.street)), lower(trim(resident.house_number)), resident.postcode
                    FROM parcel JOIN resident ON resident.id = parcel.resident_id
                    WHERE parcel.received_on >= ? AND parcel.received_on < ?
                )
                """,
            arguments: range.dayArguments
        ) ?? 0
    }
}
