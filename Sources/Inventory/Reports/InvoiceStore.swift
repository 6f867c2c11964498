import Foundation
import GRDB

/// Supplier invoices: the deliveries of one supplier in one month at its rate. A closed month's
/// invoice comes from the snapshot taken when it was closed (`ReportStore.close`).
public struct InvoiceStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let suppliers: SupplierDirectory

    public init(database: HubDatabase, calendar: HubCalendar, suppliers: SupplierDirectory) {
        self.database = database
        self.calendar = calendar
        self.suppliers = suppliers
    }

    public func supplierInvoice(supplierID: String, month: YearMonth) async throws -> SupplierInvoice {
        let id = try known(supplierID).id
        try ReportPeriod.month(month.description).check(today: calendar.today)
        let suppliers = suppliers
        return try await database.pool.read { db in
            if let closed = try ClosedMonth.fetch(month, db) {
                guard let invoice = closed.invoices[id] else {
                    throw InventoryError(
                        .notFound, nl: "\(month) is afgesloten zonder factuur voor \(id): het had toen geen tarief",
                        en: "\(month) was closed without an invoice for \(id): it had no rate then"
                    )
                }
                return invoice
            }
            guard let supplier = try Self.rated(suppliers, db).first(where: { $0.id == id }), supplier.rateCents != nil else {
                throw InventoryError(
                    .refused,
                    nl: "leverancier \(id) heeft geen tarief — `kiosk invoice rate \(id) 2,50`, of rate = \"2,50\" bij die [[suppliers]] in hubd.toml",
                    en: "supplier \(id) has no rate — `kiosk invoice rate \(id) 2.50`, or rate = \"2,50\" under its [[suppliers]] in hubd.toml"
                )
            }
            return try Self.invoice(supplier, month: month, db)
        }
    }

    /// One invoice per supplier with a rate, as `close` stores them.
    static func invoices(_ suppliers: SupplierDirectory, month: YearMonth, _ db: Database) throws -> [String: SupplierInvoice] {
        var invoices: [String: SupplierInvoice] = [:]
        for supplier in try rated(suppliers, db) where supplier.rateCents != nil {
            invoices[supplier.id] = try invoice(supplier, month: month, db)
        }
        return invoices
    }

    static func invoice(_ supplier: Supplier, month: YearMonth, _ db: Database) throws -> SupplierInvoice {
        let rows = try Row.fetchAll(db, sql: """
            SELECT parcel.closed_on, parcel.barcode, parcel.outcome, COALESCE(resident.postcode, '') AS postcode
            FROM parcel LEFT JOIN resident ON resident.id = parcel.resident_id
            WHERE parcel.supplier_id = ? AND parcel.closed_on >= ? AND parcel.closed_on < ?
              AND parcel.outcome IN ('contact','letterbox','neighbour')
            ORDER BY parcel.closed_on, parcel.id
            """, arguments: [supplier.id, month.firstDay, month.nextMonthFirstDay])
        let lines = rows.compactMap { row -> SupplierInvoice.Line? in
            guard let day = LocalDay(row["closed_on"] ?? ""), let outcome = DeliveryOutcome(rawValue: row["outcome"] ?? "") else { return nil }
            return SupplierInvoice.Line(day: day, barcode: row["barcode"], outcome: outcome, postcode: row["postcode"])
        }
        let rate = supplier.rateCents ?? 0
        return SupplierInvoice(
            supplierId: supplier.id, supplierName: supplier.name, month: month.description, rateCents: rate,
            lines: lines, totalCents: rate * lines.count, closedAt: nil
        )
    }

    func known(_ id: String) throws -> Supplier {
        guard let supplier = suppliers.supplier(id: id) else {
            let known = suppliers.suppliers.map(\.id).joined(separator: ", ")
            throw InventoryError(
                .notFound, nl: "geen leverancier '\(id.prefix(40))' — bekend: \(known)",
                en: "no supplier '\(id.prefix(40))' — known: \(known)"
            )
        }
        return supplier
    }
}

/// A month's figures and invoices as they were when it was closed.
struct ClosedMonth {
    var closedAt: Date
    var closedBy: String
    var report: PeriodReport
    var invoices: [String: SupplierInvoice]

    static func fetch(_ month: YearMonth, _ db: Database) throws -> ClosedMonth? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM closed_month WHERE month = ?", arguments: [month.description]) else { return nil }
        let decoder = JSONDecoder()
        let closedAt: Date = row["closed_at"]
        var report = try decoder.decode(PeriodReport.self, from: Data((row["report"] as String).utf8))
        report.closedAt = closedAt
        var invoices = try decoder.decode([String: SupplierInvoice].self, from: Data((row["invoices"] as String).utf8))
        for id in invoices.keys { invoices[id]?.closedAt = closedAt }
        return ClosedMonth(closedAt: closedAt, closedBy: row["closed_by"], report: report, invoices: invoices)
    }

    static func insert(_ month: YearMonth, report: PeriodReport, invoices: [String: SupplierInvoice], at now: Date, by actor: StaffActor, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try db.execute(
            sql: "INSERT INTO closed_month (month, closed_at, closed_by, report, invoices) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                month.description, now, actor.name,
                String(decoding: try encoder.encode(report), as: UTF8.self), String(decoding: try encoder.encode(invoices), as: UTF8.self),
            ]
        )
    }
}
