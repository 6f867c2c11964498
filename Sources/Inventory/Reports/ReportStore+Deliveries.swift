import Foundation
import GRDB

extension ReportStore {
    /// A parcel is a delivery in the period its final outcome falls in (`closed_on`, indexed).
    static let handedOver = "outcome IN ('contact','letterbox','neighbour')"
    static let closedInPeriod = "closed_on >= ? AND closed_on < ?"

    static func deliveries(_ range: PeriodRange, _ db: Database) throws -> PeriodReport.Deliveries {
        let lines = try supplierLines(range, db)
        let sum = { (path: KeyPath<PeriodReport.Deliveries.SupplierLine, Int>) in lines.reduce(0) { $0 + $1[keyPath: path] } }
        let (stops, bundled) = try stops(range, db)
        return PeriodReport.Deliveries(
            perSupplier: lines, contact: sum(\.contact), letterbox: sum(\.letterbox), neighbour: sum(\.neighbour), returned: sum(\.returned),
            notHomeRetries: try count(db, "SELECT COUNT(*) FROM delivery_attempt WHERE outcome = 'not-home' AND recorded_at >= ? AND recorded_at < ?", range.instantArguments),
            uniqueAddresses: try uniqueAddresses(range, db),
            uniqueResidents: try count(db, "SELECT COUNT(DISTINCT resident_id) FROM parcel WHERE \(closedInPeriod) AND \(handedOver)", range.dayArguments),
            overdueColdChain: try count(db, """
                SELECT COUNT(*) FROM parcel WHERE \(closedInPeriod) AND \(handedOver)
                  AND cold_chain = 1 AND deadline_at IS NOT NULL AND outcome_at > deadline_at
                """, range.dayArguments),
            stops: stops, bundledStops: bundled
        )
    }

    static func supplierLines(_ range: PeriodRange, _ db: Database) throws -> [PeriodReport.Deliveries.SupplierLine] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT supplier_id, outcome, COUNT(*) AS parcels FROM parcel
            WHERE \(closedInPeriod) AND outcome IN ('contact','letterbox','neighbour','returned')
            GROUP BY supplier_id, outcome ORDER BY supplier_id
            """, arguments: range.dayArguments)
        var lines: [PeriodReport.Deliveries.SupplierLine] = []
        for row in rows {
            let supplier: String = row["supplier_id"], parcels: Int = row["parcels"]
            if lines.last?.supplierId != supplier { lines.append(.init(supplierId: supplier)) }
            switch DeliveryOutcome(rawValue: row["outcome"] ?? "") {
            case .contact: lines[lines.count - 1].contact = parcels
            case .letterbox: lines[lines.count - 1].letterbox = parcels
            case .neighbour: lines[lines.count - 1].neighbour = parcels
            case .returned: lines[lines.count - 1].returned = parcels
            default: break
            }
        }
        return lines
    }

    /// A stop is one resident on one day; bundled when parcels of two or more suppliers were
    /// handed over there that day.
    static func stops(_ range: PeriodRange, _ db: Database) throws -> (Int, Int) {
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS stops, COALESCE(SUM(suppliers >= 2), 0) AS bundled FROM (
                SELECT COUNT(DISTINCT supplier_id) AS suppliers FROM parcel
                WHERE \(closedInPeriod) AND \(handedOver) AND resident_id IS NOT NULL
                GROUP BY resident_id, closed_on
            )
            """, arguments: range.dayArguments)
        return (row?["stops"] ?? 0, row?["bundled"] ?? 0)
    }

    /// Street and house number compare without case or surrounding spaces, so one address typed
    /// twice counts once; postcodes are already normalised on entry.
    static func uniqueAddresses(_ range: PeriodRange, _ db: Database) throws -> Int {
        try count(db, """
            SELECT COUNT(*) FROM (
                SELECT DISTINCT lower(trim(resident.street)), lower(trim(resident.house_number)), resident.postcode
                FROM parcel JOIN resident ON resident.id = parcel.resident_id
                WHERE parcel.closed_on >= ? AND parcel.closed_on < ? AND parcel.\(handedOver)
            )
            """, range.dayArguments)
    }

    /// Days on which Vegro goods reached or left a resident: aids issued or collected from hub
    /// stock, and Vegro parcels handed over.
    static func vegroDays(_ range: PeriodRange, supplier: String, _ db: Database) throws -> Int {
        try count(db, """
            SELECT COUNT(*) FROM (
                SELECT booked_on FROM movement WHERE kind IN ('issued','returned') AND booked_on >= ?1 AND booked_on < ?2
                UNION
                SELECT closed_on FROM parcel WHERE supplier_id = ?3 AND \(handedOver) AND closed_on >= ?1 AND closed_on < ?2
            )
            """, [range.firstDay, range.endDay, supplier])
    }

    static func count(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }
}
