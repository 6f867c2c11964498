import Foundation
import GRDB
import Synchronization
import Testing
@testable import Inventory

/// Issue 16, goal 5: today's list, status, the parcels, the reports and an intake scan's own
/// lookups are served by indexes.
/// Every statement those calls run is traced and handed back to SQLite as `EXPLAIN QUERY PLAN`;
/// none may walk a table that grows with the years.
@Suite struct QueryPlanTests {
    /// Tables that grow with every day the hub runs.
    static let growing = ["parcel", "delivery_attempt", "service_use", "movement", "audit", "payment", "credit_movement"]

    final class StatementLog: Sendable {
        let statements = Mutex<[String]>([])

        func record(_ sql: String) {
            statements.withLock { $0.append(sql) }
        }

        func take() -> [String] {
            statements.withLock { taken in
                defer { taken = [] }
                return taken
            }
        }
    }

    @Test func todaysListStatusAndTheReportsUseIndexesOnly() async throws {
        let log = StatementLog()
        let hub = try TestHub(start: "2026-12-02T09:00:00Z", statementTrace: { log.record($0) })
        try await history(hub)
        let anna = StaffActor(id: 1, name: "Anna")
        let suppliers = SupplierDirectory(TestHub.suppliers)
        let reports = ReportStore(database: hub.database, calendar: hub.calendar, suppliers: suppliers)
        let invoices = InvoiceStore(database: hub.database, calendar: hub.calendar, suppliers: suppliers)
        let scan = ParcelScan(barcode: "VG87654321", device: "intake-scanner", receivedAt: hub.clock.now, receiver: .intakeOperator)
        let calls: [(String, () async throws -> Void)] = [
            ("today's list", { _ = try await hub.parcels.dayList(on: hub.calendar.today, viewer: anna) }),
            ("status counts", { _ = try await hub.parcels.counts(on: hub.calendar.today) }),
            ("parcels", { _ = try await hub.parcels.parcels(on: hub.calendar.today) }),
            ("a past day's list", { _ = try await hub.parcels.dayList(on: try #require(LocalDay("2026-11-03")), viewer: anna) }),
            ("month report", { _ = try await reports.report(try ReportPeriod.month("2026-11")) }),
            ("year report", { _ = try await reports.report(try ReportPeriod.year("2026")) }),
            ("delivery series", { _ = try await reports.deliverySeries(months: 12) }),
            ("supplier invoice", { _ = try await invoices.rates() }),
            ("an intake scan", { _ = try await hub.parcels.receive(scan) }),
            ("a repeated scan", { _ = try await hub.parcels.receive(scan) }),
        ]
        _ = log.take()
        var checked = 0
        for (name, call) in calls {
            try await call()
            for sql in log.take() where sql.uppercased().hasPrefix("SELECT") || sql.uppercased().hasPrefix("WITH") {
                checked += 1
                let walk = try await Self.walk(sql, in: hub.database)
                #expect(walk == nil, "\(name) walks a growing table: \(walk ?? "")\n  \(sql)")
            }
        }
        #expect(checked >= 20, "the trace saw \(checked) reads: too few to have seen these calls")
        let control = try await Self.walk("SELECT COUNT(*) FROM delivery_attempt WHERE recorded_by = 'Anna'", in: hub.database)
        #expect(control?.hasPrefix("SCAN delivery_attempt") == true, "the check must see a full scan where there is one")
    }

    /// The first plan line that walks a whole growing table, if any.
    static func walk(_ sql: String, in database: HubDatabase) async throws -> String? {
        let plan = try await database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }
        }
        return plan.first { line in growing.contains { line.hasPrefix("SCAN \($0)") } }
    }

    /// Delivered, letterbox and not-home parcels over two months, so every branch has rows.
    private func history(_ hub: TestHub) async throws {
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        for (index, day) in ["2026-10-05", "2026-11-03", "2026-11-20", "2026-12-01", "2026-12-02"].enumerated() {
            let parcel = try hub.insertParcel("VG0000000\(index)", supplier: "vegro", resident: jan, at: TestHub.instant(day + "T08:00:00Z"))
            try hub.insertAttempt(parcel, index == 2 ? .notHome : .contact, at: TestHub.instant(day + "T11:00:00Z"))
        }
        _ = try hub.insertParcel("VG00000009", supplier: "vegro", resident: nil, at: TestHub.instant("2026-12-02T08:30:00Z"))
    }
}
