import Foundation
import GRDB

/// One resident's month of own contributions to be invoiced ("komt op uw maandfactuur"): each
/// ride or service with its date and price, and the total. It names only that resident.
public struct ResidentStatement: Sendable, Codable, Equatable {
    public struct Line: Sendable, Codable, Equatable {
        public var day: LocalDay
        public var service: String
        public var kind: ServiceKind
        public var priceCents: Int
    }

    public var residentId: Int64
    public var reference: String?
    public var name: String
    public var address: Address
    public var month: String
    public var lines: [Line]
    public var totalCents: Int

    /// Every resident with `invoice` uses in the month, by name; the look is audited in the
    /// same transaction, because the statements carry names and addresses.
    static func all(month: YearMonth, by actor: StaffActor, at now: Date, _ db: Database) throws -> [ResidentStatement] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT service_use.resident_id, service_use.started_on, service_use.price_cents, service.name AS service, service.kind
            FROM service_use JOIN service ON service.id = service_use.service_id
            WHERE service_use.payment = 'invoice' AND service_use.started_on >= ? AND service_use.started_on < ?
            ORDER BY service_use.resident_id, service_use.started_on, service_use.id
            """, arguments: [month.firstDay, month.nextMonthFirstDay])
        let byResident = Dictionary(grouping: rows) { $0["resident_id"] as Int64 }
        let residents = try Resident.fetchAll(db, keys: Array(byResident.keys))
        try AuditLog.record(db, at: now, actor: actor, action: "statements.view", subject: "\(month) (\(residents.count) residents)")
        return residents.compactMap { resident -> ResidentStatement? in
            guard let id = resident.id, let rows = byResident[id] else { return nil }
            let lines = rows.compactMap { row -> Line? in
                guard let day = LocalDay(row["started_on"] ?? ""), let kind = ServiceKind(rawValue: row["kind"] ?? "") else { return nil }
                return Line(day: day, service: row["service"], kind: kind, priceCents: row["price_cents"])
            }
            return ResidentStatement(
                residentId: id, reference: resident.reference, name: resident.name, address: resident.address, month: month.description,
                lines: lines, totalCents: lines.reduce(0) { $0 + $1.priceCents }
            )
        }.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
    }
}

extension InvoiceStore {
    public func residentStatements(month: YearMonth, by actor: StaffActor) async throws -> [ResidentStatement] {
        try ReportPeriod.month(month.description).check(today: calendar.today)
        let now = calendar.now()
        return try await database.pool.write { db in try ResidentStatement.all(month: month, by: actor, at: now, db) }
    }
}
