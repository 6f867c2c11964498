import Foundation
import GRDB

/// The period figures, read in one snapshot. Periods are selected by text range on the indexed
/// `started_on`, `closed_on` and `booked_on` columns, so ten years of history stay fast.
public struct ReportStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let van: PeriodReport.VanFactors
    let suppliers: SupplierDirectory

    public init(
        database: HubDatabase, calendar: HubCalendar, van: PeriodReport.VanFactors = PeriodReport.VanFactors(),
        suppliers: SupplierDirectory = SupplierDirectory([])
    ) {
        self.database = database
        self.calendar = calendar
        self.van = van
        self.suppliers = suppliers
    }

    /// Freezes a month that has ended: its figures and supplier invoices are stored as they are
    /// now and given back unchanged from then on. Later corrections count in the month they are
    /// made. Audited.
    public func close(_ month: YearMonth, by actor: StaffActor) async throws -> PeriodReport {
        let now = calendar.now()
        guard month.nextMonthFirstDay <= calendar.day(of: now) else {
            throw InventoryError(
                .refused, nl: "\(month) is nog niet voorbij — afsluiten kan vanaf \(month.nextMonthFirstDay)",
                en: "\(month) has not ended — it can be closed from \(month.nextMonthFirstDay)"
            )
        }
        let period = try ReportPeriod.month(month.description)
        let (range, lastDay, van, suppliers) = (PeriodRange(period, calendar: calendar), period.lastDay(in: calendar), self.van, self.suppliers)
        return try await database.pool.write { db in
            if let closed = try ClosedMonth.fetch(month, db) {
                throw InventoryError(
                    .conflict, nl: "\(month) is al afgesloten door \(closed.closedBy) — de cijfers veranderen niet meer",
                    en: "\(month) was already closed by \(closed.closedBy) — its figures no longer change"
                )
            }
            var report = try Self.figures(period, range: range, lastDay: lastDay, van: van, now: now, db)
            try ClosedMonth.insert(month, report: report, invoices: try InvoiceStore.invoices(suppliers, month: month, db), at: now, by: actor, db)
            try AuditLog.record(db, at: now, actor: actor, action: "report.close", subject: month.description)
            report.closedAt = now
            return report
        }
    }

    public func month(_ month: YearMonth) async throws -> PeriodReport {
        try await report(try ReportPeriod.month(month.description))
    }

    /// Refuses a period that has not begun yet.
    public func report(_ period: ReportPeriod) async throws -> PeriodReport {
        try period.check(today: calendar.today)
        let range = PeriodRange(period, calendar: calendar)
        let lastDay = period.lastDay(in: calendar), van = self.van, now = calendar.now()
        return try await database.pool.read { db in
            if period.kind == .month, let month = YearMonth(period.description), let closed = try ClosedMonth.fetch(month, db) {
                return closed.report
            }
            return try Self.figures(period, range: range, lastDay: lastDay, van: van, now: now, db)
        }
    }

    static func figures(_ period: ReportPeriod, range: PeriodRange, lastDay: LocalDay, van: PeriodReport.VanFactors, now: Date, _ db: Database) throws -> PeriodReport {
        let kinds = try Self.countsByKind(range, db)
        return PeriodReport(
            period: period.description, firstDay: period.firstDay, lastDay: lastDay,
            services: try Self.serviceLines(range, db),
            rides: kinds[.ride] ?? 0,
            chores: kinds[.chore] ?? 0,
            activities: kinds[.activity] ?? 0,
            uniqueResidents: try Self.uniqueServiceResidents(range, db),
            contributions: try Self.paymentLines(range, db),
            autoClosedRides: try Self.autoClosedRides(range, db),
            deliveries: try Self.deliveries(range, db),
            aids: try StockStore.aidLines(from: range.firstDay, to: range.endDay, db),
            van: PeriodReport.VanEstimate(
                vegroDays: try Self.vegroDays(range, supplier: van.vegroSupplier, db),
                kilometresPerDay: van.kilometresPerDay, gramsCO2PerKilometre: van.gramsCO2PerKilometre
            ),
            contact: try ContactFigures.make(range, now: now, db)
        )
    }

    static let useInPeriod = "service_use.started_on >= ? AND service_use.started_on < ?"

    static func serviceLines(_ range: PeriodRange, _ db: Database) throws -> [PeriodReport.ServiceLine] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT service.code, service.name, service.kind, COUNT(*) AS uses,
                       COUNT(DISTINCT service_use.resident_id) AS residents, SUM(service_use.price_cents) AS cents
                FROM service_use JOIN service ON service.id = service_use.service_id
                WHERE \(useInPeriod)
                GROUP BY service_use.service_id
                """,
            arguments: range.dayArguments
        )
        let lines = rows.compactMap { row -> PeriodReport.ServiceLine? in
            guard let kind = ServiceKind(rawValue: row["kind"] ?? "") else { return nil }
            return PeriodReport.ServiceLine(
                code: row["code"] ?? "", name: row["name"] ?? "", kind: kind,
                uses: row["uses"] ?? 0, uniqueResidents: row["residents"] ?? 0, contributionCents: row["cents"] ?? 0
            )
        }
        let kindOrder = Dictionary(uniqueKeysWithValues: ServiceKind.allCases.enumerated().map { ($0.element, $0.offset) })
        return lines.sorted { lhs, rhs in
            if lhs.kind != rhs.kind { return (kindOrder[lhs.kind] ?? 0) < (kindOrder[rhs.kind] ?? 0) }
            if lhs.name != rhs.name { return lhs.name.localizedCaseInsensitiveCompare(rhs.name) == .orderedAscending }
            return lhs.code < rhs.code
        }
    }

    static func countsByKind(_ range: PeriodRange, _ db: Database) throws -> [ServiceKind: Int] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT kind, COUNT(*) AS uses FROM service_use WHERE \(useInPeriod) GROUP BY kind", arguments: range.dayArguments
        )
        return rows.reduce(into: [:]) { counts, row in
            if let kind = ServiceKind(rawValue: row["kind"] ?? "") { counts[kind] = row["uses"] ?? 0 }
        }
    }

    static func uniqueServiceResidents(_ range: PeriodRange, _ db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(DISTINCT resident_id) FROM service_use WHERE \(useInPeriod)", arguments: range.dayArguments
        ) ?? 0
    }

    static func paymentLines(_ range: PeriodRange, _ db: Database) throws -> [PeriodReport.PaymentLine] {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT payment, COUNT(*) AS uses, SUM(price_cents) AS cents FROM service_use WHERE \(useInPeriod) GROUP BY payment",
            arguments: range.dayArguments
        )
        let lines = rows.compactMap { row -> PeriodReport.PaymentLine? in
            guard let payment = PaymentMethod(rawValue: row["payment"] ?? "") else { return nil }
            return PeriodReport.PaymentLine(payment: payment, count: row["uses"] ?? 0, cents: row["cents"] ?? 0)
        }
        return PaymentMethod.allCases.compactMap { method in lines.first { $0.payment == method } }
    }

    static func autoClosedRides(_ range: PeriodRange, _ db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM service_use WHERE \(useInPeriod) AND kind = 'ride' AND end_reason = 'auto'",
            arguments: range.dayArguments
        ) ?? 0
    }
}
