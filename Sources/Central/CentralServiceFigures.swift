import Logging
import PostgresNIO

/// Rides, chores and activities with their own contributions, per hub, from the projection of
/// central's events, counted as the hub's own report counts them (`ReportStore`): a service use
/// belongs to the period of the day it started, in its latest state.
public struct CentralServiceFigures: Sendable, Equatable, Codable {
    public struct Line: Sendable, Equatable, Codable {
        public var code: String
        /// From central's service catalogue, else as the hub named it (payload version 2), else the code.
        public var name: String
        public var kind: String
        public var uses: Int
        public var uniqueResidents: Int
        public var contributionCents: Int
    }

    public struct PaymentLine: Sendable, Equatable, Codable {
        public var payment: String
        public var count: Int
        public var cents: Int
    }

    public var lines: [Line] = []
    public var rides = 0
    public var chores = 0
    public var activities = 0
    public var uniqueResidents = 0
    public var contributions: [PaymentLine] = []
    public var autoClosedRides = 0

    static func make(firstDay: String, endDay: String, on connection: PostgresConnection, logger: Logger) async throws -> [String: Self] {
        var figures: [String: Self] = [:]
        for try await (hub, code, name, kind, uses, residents, cents) in try await connection.query("""
            SELECT u.hub_id, coalesce(u.service, '?'), coalesce(max(r.body->'service'->>'name'), max(u.service_name), coalesce(u.service, '?')),
                   coalesce(u.kind, '?'), count(*)::int, count(DISTINCT u.resident)::int, coalesce(sum(u.price_cents), 0)::int
            FROM central.service_use u LEFT JOIN central.reference r ON r.kind = 'service' AND r.key = u.service
            WHERE u.started_on >= \(firstDay) AND u.started_on < \(endDay)
            GROUP BY u.hub_id, u.service, u.kind ORDER BY 1, 4, 2
            """, logger: logger).decode((String, String, String, String, Int, Int, Int).self) {
            figures[hub, default: Self()].add(Line(code: code, name: name, kind: kind, uses: uses, uniqueResidents: residents, contributionCents: cents))
        }
        for try await (hub, residents, autoClosed) in try await connection.query("""
            SELECT hub_id, count(DISTINCT resident)::int, count(*) FILTER (WHERE kind = 'ride' AND end_reason = 'auto')::int
            FROM central.service_use WHERE started_on >= \(firstDay) AND started_on < \(endDay) GROUP BY 1
            """, logger: logger).decode((String, Int, Int).self) {
            figures[hub, default: Self()].uniqueResidents = residents
            figures[hub, default: Self()].autoClosedRides = autoClosed
        }
        for try await (hub, payment, count, cents) in try await connection.query("""
            SELECT hub_id, coalesce(payment, '?'), count(*)::int, coalesce(sum(price_cents), 0)::int
            FROM central.service_use WHERE started_on >= \(firstDay) AND started_on < \(endDay) GROUP BY 1, 2
            """, logger: logger).decode((String, String, Int, Int).self) {
            figures[hub, default: Self()].add(PaymentLine(payment: payment, count: count, cents: cents))
        }
        return figures
    }

    /// The hub's order: rides, chores, activities, then by name.
    static let kindOrder = ["ride", "chore", "activity"]
    /// The hub's order of payment methods (`PaymentMethod`).
    static let paymentOrder = ["pin", "invoice", "credit", "free"]

    mutating func add(_ line: Line) {
        if let index = lines.firstIndex(where: { $0.code == line.code }) {
            lines[index].uses += line.uses
            lines[index].uniqueResidents += line.uniqueResidents
            lines[index].contributionCents += line.contributionCents
        } else {
            lines.append(line)
            lines.sort { ($0.kind == $1.kind) ? ($0.name.lowercased(), $0.code) < ($1.name.lowercased(), $1.code) : Self.rank($0.kind, Self.kindOrder) < Self.rank($1.kind, Self.kindOrder) }
        }
        switch line.kind {
        case "ride": rides += line.uses
        case "chore": chores += line.uses
        case "activity": activities += line.uses
        default: break
        }
    }

    mutating func add(_ line: PaymentLine) {
        if let index = contributions.firstIndex(where: { $0.payment == line.payment }) {
            contributions[index].count += line.count
            contributions[index].cents += line.cents
        } else {
            contributions.append(line)
            contributions.sort { Self.rank($0.payment, Self.paymentOrder) < Self.rank($1.payment, Self.paymentOrder) }
        }
    }

    private static func rank(_ value: String, _ order: [String]) -> Int {
        order.firstIndex(of: value) ?? order.count
    }

    /// Two hubs' figures added: residents add up because a resident belongs to one home hub.
    static func + (left: Self, right: Self) -> Self {
        var sum = left
        right.lines.forEach { sum.add($0) }
        right.contributions.forEach { sum.add($0) }
        sum.uniqueResidents += right.uniqueResidents
        sum.autoClosedRides += right.autoClosedRides
        return sum
    }
}

/// Vegro's aids received, issued, returned and written off per article, by the day each
/// movement was booked (the hub's `StockStore.aidLines`). Movements are never changed, only
/// reversed by a movement of their own.
public struct CentralAidLine: Sendable, Equatable, Codable {
    public var articleNumber: String
    /// From central's article catalogue, else as the hub named it (payload version 2), else the number.
    public var articleName: String
    public var received = 0
    public var issued = 0
    public var returned = 0
    public var writtenOff = 0

    static func make(firstDay: String, endDay: String, on connection: PostgresConnection, logger: Logger) async throws -> [String: [Self]] {
        var lines: [String: [Self]] = [:]
        for try await (hub, number, name, kind, total) in try await connection.query("""
            SELECT m.hub_id, coalesce(m.article, '?'), coalesce(max(r.body->>'name'), max(m.article_name), coalesce(m.article, '?')),
                   coalesce(m.kind, '?'), sum(m.quantity)::int
            FROM central.movement m LEFT JOIN central.reference r ON r.kind = 'article' AND r.key = m.article
            WHERE m.booked_on >= \(firstDay) AND m.booked_on < \(endDay)
            GROUP BY m.hub_id, m.article, m.kind ORDER BY 1, 2
            """, logger: logger).decode((String, String, String, String, Int).self) {
            lines[hub, default: []].add(number: number, name: name, kind: kind, quantity: total)
        }
        return lines
    }

    /// Two hubs' lines merged by article number.
    static func merge(_ left: [Self], _ right: [Self]) -> [Self] {
        var sum = left
        for line in right {
            for (kind, quantity) in [("received", line.received), ("issued", line.issued), ("returned", line.returned), ("written-off", line.writtenOff)] where quantity > 0 {
                sum.add(number: line.articleNumber, name: line.articleName, kind: kind, quantity: quantity)
            }
        }
        return sum
    }
}

extension [CentralAidLine] {
    mutating func add(number: String, name: String, kind: String, quantity: Int) {
        let index: Int
        if let found = firstIndex(where: { $0.articleNumber == number }) {
            index = found
        } else {
            append(CentralAidLine(articleNumber: number, articleName: name))
            sort { $0.articleNumber < $1.articleNumber }
            index = firstIndex { $0.articleNumber == number } ?? 0
        }
        switch kind {
        case "received": self[index].received += quantity
        case "issued": self[index].issued += quantity
        case "returned": self[index].returned += quantity
        case "written-off": self[index].writtenOff += quantity
        default: break
        }
    }
}
