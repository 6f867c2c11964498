import Foundation
import Logging
import PostgresNIO

/// The coordinator's figures across hubs, from central's events: deliveries, services with
/// their contributions, and aids, per hub and in total, with how many hubs have reported the
/// whole period. The definitions are the hub's own ("What the report counts" in the README): a
/// parcel is a delivery in the period its final outcome's day (`closed_on`) falls in; a parcel
/// is known by hub, barcode and day received, and its latest event is its state.
///
/// Unique addresses come only from hubs that share address pseudonyms; the van estimate is not
/// here, its factors being each hub's own settings.
public struct CentralReport: Sendable, Equatable, Codable {
    public struct Deliveries: Sendable, Equatable, Codable {
        public struct SupplierLine: Sendable, Equatable, Codable {
            public var supplierId: String
            public var contact = 0
            public var letterbox = 0
            public var neighbour = 0
            public var returned = 0
        }

        public var perSupplier: [SupplierLine] = []
        public var contact = 0
        public var letterbox = 0
        public var neighbour = 0
        public var returned = 0
        public var notHomeRetries = 0
        /// Only from hubs that share address pseudonyms (`[central] share`); nil when none does.
        public var uniqueAddresses: Int?
        public var uniqueResidents = 0
        public var overdueColdChain = 0
        public var stops = 0
        public var bundledStops = 0

        public var delivered: Int { contact + letterbox + neighbour }
    }

    public struct HubLine: Sendable, Equatable, Codable {
        public var hub: String
        /// The hub had nothing waiting at its last contact, and that contact came after the period.
        public var complete: Bool
        public var deliveries: Deliveries
        public var services: CentralServiceFigures
        public var aids: [CentralAidLine]
    }

    public var period: String
    public var firstDay: String
    /// The day after the last day included.
    public var endDay: String
    public var hubs: [HubLine]
    public var total: Deliveries
    public var totalServices: CentralServiceFigures
    public var totalAids: [CentralAidLine]
    public var completeHubs: Int { hubs.filter(\.complete).count }

    /// Figures for the days `firstDay..<endDay` (`yyyy-MM-dd`, the hubs' local days), from the
    /// projections `CentralProjections` keeps.
    public static func make(period: String, firstDay: String, endDay: String, on connection: PostgresConnection, logger: Logger) async throws -> CentralReport {
        var lines: [String: Deliveries] = [:]
        for try await (hub, supplier, outcome, parcels) in try await connection.query("""
            SELECT hub_id, coalesce(supplier, 'unknown'), outcome, count(*)::int FROM central.parcel
            WHERE closed_on >= \(firstDay) AND closed_on < \(endDay) AND outcome IN ('contact','letterbox','neighbour','returned')
            GROUP BY 1, 2, 3 ORDER BY 1, 2
            """, logger: logger).decode((String, String, String, Int).self) {
            lines[hub, default: Deliveries()].add(supplier: supplier, outcome: outcome, parcels: parcels)
        }
        try await addPeople(&lines, firstDay: firstDay, endDay: endDay, connection, logger)
        try await addNotHome(&lines, firstDay: firstDay, endDay: endDay, connection, logger)
        try await addAddresses(&lines, firstDay: firstDay, endDay: endDay, connection, logger)
        let services = try await CentralServiceFigures.make(firstDay: firstDay, endDay: endDay, on: connection, logger: logger)
        let aids = try await CentralAidLine.make(firstDay: firstDay, endDay: endDay, on: connection, logger: logger)
        var hubs: [HubLine] = []
        for try await (hub, complete) in try await connection.query("""
            SELECT id, coalesce(backlog = 0 AND last_contact >= (\(endDay)::date)::timestamptz, false) FROM central.hub ORDER BY id
            """, logger: logger).decode((String, Bool).self) {
            hubs.append(HubLine(
                hub: hub, complete: complete, deliveries: lines[hub] ?? Deliveries(), services: services[hub] ?? CentralServiceFigures(), aids: aids[hub] ?? []
            ))
        }
        return CentralReport(
            period: period, firstDay: firstDay, endDay: endDay, hubs: hubs, total: hubs.map(\.deliveries).reduce(Deliveries(), +),
            totalServices: hubs.map(\.services).reduce(CentralServiceFigures(), +), totalAids: hubs.map(\.aids).reduce([], CentralAidLine.merge)
        )
    }

    /// The parcels handed over in the period.
    private static func handed(_ firstDay: String, _ endDay: String) -> PostgresQuery {
        "WITH handed AS (SELECT * FROM central.parcel WHERE closed_on >= \(firstDay) AND closed_on < \(endDay) AND outcome IN ('contact','letterbox','neighbour'))"
    }

    private static func addPeople(_ lines: inout [String: Deliveries], firstDay: String, endDay: String, _ connection: PostgresConnection, _ logger: Logger) async throws {
        var query = handed(firstDay, endDay)
        query.sql += """
             SELECT h.hub_id, count(DISTINCT h.resident)::int,
                 count(*) FILTER (WHERE h.cold_chain AND h.deadline_at IS NOT NULL AND h.outcome_at > h.deadline_at)::int,
                 (SELECT count(*)::int FROM (SELECT 1 FROM handed x WHERE x.hub_id = h.hub_id AND x.resident IS NOT NULL
                     GROUP BY x.resident, x.closed_on) s),
                 (SELECT count(*)::int FROM (SELECT 1 FROM handed x WHERE x.hub_id = h.hub_id AND x.resident IS NOT NULL
                     GROUP BY x.resident, x.closed_on HAVING count(DISTINCT x.supplier) >= 2) s)
             FROM handed h GROUP BY h.hub_id
            """
        for try await (hub, residents, overdue, stops, bundled) in try await connection.query(query, logger: logger).decode((String, Int, Int, Int, Int).self) {
            lines[hub, default: Deliveries()].uniqueResidents = residents
            lines[hub, default: Deliveries()].overdueColdChain = overdue
            lines[hub, default: Deliveries()].stops = stops
            lines[hub, default: Deliveries()].bundledStops = bundled
        }
    }

    /// Distinct address pseudonyms of the residents whose parcels were handed over, for hubs
    /// that send them.
    private static func addAddresses(_ lines: inout [String: Deliveries], firstDay: String, endDay: String, _ connection: PostgresConnection, _ logger: Logger) async throws {
        var query = handed(firstDay, endDay)
        query.sql += """
             SELECT h.hub_id, count(DISTINCT r.address)::int, bool_or(r.address IS NOT NULL)
             FROM handed h LEFT JOIN central.resident r ON r.hub_id = h.hub_id AND r.resident = h.resident
             GROUP BY 1
            """
        for try await (hub, addresses, shared) in try await connection.query(query, logger: logger).decode((String, Int, Bool?).self) where shared == true {
            lines[hub, default: Deliveries()].uniqueAddresses = addresses
        }
    }

    /// Not-home attempts by the day they were recorded on, in the hubs' time zone (all hubs are
    /// Dutch; the hub sends UTC).
    private static func addNotHome(_ lines: inout [String: Deliveries], firstDay: String, endDay: String, _ connection: PostgresConnection, _ logger: Logger) async throws {
        for try await (hub, count) in try await connection.query("""
            SELECT hub_id, count(*)::int FROM central.not_home WHERE recorded_on >= \(firstDay)::date AND recorded_on < \(endDay)::date GROUP BY 1
            """, logger: logger).decode((String, Int).self) {
            lines[hub, default: Deliveries()].notHomeRetries = count
        }
    }
}

extension CentralReport.Deliveries {
    mutating func add(supplier: String, outcome: String, parcels: Int) {
        let index: Int
        if let found = perSupplier.firstIndex(where: { $0.supplierId == supplier }) {
            index = found
        } else {
            perSupplier.append(SupplierLine(supplierId: supplier))
            perSupplier.sort { $0.supplierId < $1.supplierId }
            index = perSupplier.firstIndex { $0.supplierId == supplier } ?? 0
        }
        switch outcome {
        case "contact": perSupplier[index].contact += parcels; contact += parcels
        case "letterbox": perSupplier[index].letterbox += parcels; letterbox += parcels
        case "neighbour": perSupplier[index].neighbour += parcels; neighbour += parcels
        case "returned": perSupplier[index].returned += parcels; returned += parcels
        default: break
        }
    }

    /// Two hubs' figures added, suppliers merged by id. Residents and stops add up because a
    /// resident belongs to one home hub.
    static func + (left: Self, right: Self) -> Self {
        var sum = left
        for line in right.perSupplier {
            for (outcome, parcels) in [("contact", line.contact), ("letterbox", line.letterbox), ("neighbour", line.neighbour), ("returned", line.returned)] where parcels > 0 {
                sum.add(supplier: line.supplierId, outcome: outcome, parcels: parcels)
            }
        }
        sum.notHomeRetries += right.notHomeRetries
        if let addresses = right.uniqueAddresses { sum.uniqueAddresses = (sum.uniqueAddresses ?? 0) + addresses }
        sum.uniqueResidents += right.uniqueResidents
        sum.overdueColdChain += right.overdueColdChain
        sum.stops += right.stops
        sum.bundledStops += right.bundledStops
        return sum
    }
}
