import Foundation
import GRDB
import Testing
@testable import Inventory

/// Supplier invoices and closed months (issue 15, points 1 and 2).
@Suite struct InvoiceTests {
    static let suppliers = SupplierDirectory(TestHub.suppliers.map { supplier in
        var rated = supplier
        if supplier.id == "vegro" { rated.rateCents = 250 }
        return rated
    })

    func stores(_ hub: TestHub) -> (ReportStore, InvoiceStore) {
        (ReportStore(database: hub.database, calendar: hub.calendar, suppliers: Self.suppliers),
         InvoiceStore(database: hub.database, calendar: hub.calendar, suppliers: Self.suppliers))
    }

    /// Three Vegro deliveries and a not-home in November, a pharmacy one, and one in December.
    func history() async throws -> TestHub {
        let hub = try TestHub(start: "2026-12-02T09:00:00Z")
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let kees = try await hub.addResident("Kees Smit", reference: "R3", street: "Kerkstraat", number: "5")
        for (code, resident, outcome, day) in [
            ("VG00000001", jan, DeliveryOutcome.contact, "2026-11-03"), ("VG00000002", kees, .letterbox, "2026-11-03"),
            ("VG00000003", kees, .neighbour, "2026-11-20"), ("VG00000004", jan, .notHome, "2026-11-21"),
            ("APO-000001", jan, .contact, "2026-11-04"), ("VG00000005", jan, .contact, "2026-12-01"),
        ] {
            let parcel = try hub.insertParcel(code, supplier: code.hasPrefix("VG") ? "vegro" : "apotheek", resident: resident, at: TestHub.instant(day + "T08:00:00Z"))
            try hub.insertAttempt(parcel, outcome, at: TestHub.instant(day + "T11:00:00Z"))
        }
        return hub
    }

    @Test func aSupplierInvoiceHasALinePerDeliveryWithThePostcodeOnlyAndAnExactTotal() async throws {
        let hub = try await history()
        let invoice = try await stores(hub).1.supplierInvoice(supplierID: "vegro", month: try #require(YearMonth("2026-11")))
        #expect(invoice.lines.map(\.barcode) == ["VG00000001", "VG00000002", "VG00000003"])
        #expect(invoice.lines.map(\.day.text) == ["2026-11-03", "2026-11-03", "2026-11-20"])
        #expect(invoice.lines.map(\.outcome) == [.contact, .letterbox, .neighbour])
        #expect(invoice.lines.map(\.postcode) == ["7423 AB", "7423 AB", "7423 AB"])
        #expect(invoice.rateCents == 250 && invoice.totalCents == 750 && invoice.closedAt == nil)
    }

    @Test func anUnknownSupplierOrOneWithoutARateOrAFutureMonthSaysWhatToDo() async throws {
        let hub = try await history()
        let (_, invoices) = stores(hub)
        let november = try #require(YearMonth("2026-11"))
        let unknown = await inventoryError { _ = try await invoices.supplierInvoice(supplierID: "bakker", month: november) }
        #expect(unknown?.code == .notFound && unknown?.text.en.contains("known: vegro, apotheek, maaltijden") == true)
        let unrated = await inventoryError { _ = try await invoices.supplierInvoice(supplierID: "apotheek", month: november) }
        #expect(unrated?.code == .refused && unrated?.text.en.contains("rate = \"2,50\"") == true)
        let future = await inventoryError { _ = try await invoices.supplierInvoice(supplierID: "vegro", month: try #require(YearMonth("2027-02"))) }
        #expect(future?.text.en.contains("lies in the future") == true)
    }

    @Test func aRateSetByCommandOverridesTheConfigButNotAClosedMonth() async throws {
        let hub = try await history()
        let (reports, invoices) = stores(hub)
        let anna = StaffActor(id: 1, name: "Anna")
        let october = try #require(YearMonth("2026-10"))
        _ = try await reports.close(october, by: anna)
        let pharmacy = try await invoices.setRate(supplierID: "apotheek", cents: 175, by: anna)
        #expect(pharmacy.source == .command && pharmacy.rateCents == 175 && pharmacy.setBy == "Anna")
        let november = try #require(YearMonth("2026-11"))
        let invoice = try await invoices.supplierInvoice(supplierID: "apotheek", month: november)
        #expect(invoice.rateCents == 175 && invoice.totalCents == 175)
        _ = try await invoices.setRate(supplierID: "vegro", cents: 300, by: anna)
        #expect(try await invoices.supplierInvoice(supplierID: "vegro", month: november).totalCents == 900)
        let closedEarlier = await inventoryError { _ = try await invoices.supplierInvoice(supplierID: "apotheek", month: october) }
        #expect(closedEarlier?.text.en.contains("closed without an invoice") == true, "October was closed before the pharmacy had a rate")
        let rates = try await invoices.rates()
        #expect(rates.map(\.source) == [.command, .command, .none])
        let unknown = await inventoryError { _ = try await invoices.setRate(supplierID: "bakker", cents: 100, by: anna) }
        #expect(unknown?.code == .notFound)
        let absurd = await inventoryError { _ = try await invoices.setRate(supplierID: "vegro", cents: 100_001, by: anna) }
        #expect(absurd?.code == .invalidInput)
        let audit = try await AuditLog(database: hub.database).entries().filter { $0.action == "supplier.rate" }
        #expect(audit.map(\.subject) == ["vegro 300", "apotheek 175"])
    }

    @Test func aClosedMonthNeverChangesAgainAndClosesOnce() async throws {
        let hub = try await history()
        let (reports, invoices) = stores(hub)
        let november = try #require(YearMonth("2026-11"))
        let closed = try await reports.close(november, by: TestHub.anna)
        #expect(closed.closedAt != nil && closed.deliveries.delivered == 4)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let before = try encoder.encode(try await invoices.supplierInvoice(supplierID: "vegro", month: november))
        // Later activity: a correction booked into November, and an address change.
        let late = try hub.insertParcel("VG00000009", supplier: "vegro", resident: nil, at: TestHub.instant("2026-11-29T08:00:00Z"))
        try hub.insertAttempt(late, .contact, at: TestHub.instant("2026-11-29T11:00:00Z"))
        try await hub.database.pool.write { try $0.execute(sql: "UPDATE resident SET postcode = '9999zz'") }
        let after = try encoder.encode(try await invoices.supplierInvoice(supplierID: "vegro", month: november))
        #expect(after == before, "a closed month's invoice is byte-identical: \(String(decoding: before, as: UTF8.self)) vs \(String(decoding: after, as: UTF8.self))")
        #expect(try await reports.month(november).deliveries.delivered == 4)
        let twice = await inventoryError { _ = try await reports.close(november, by: TestHub.anna) }
        #expect(twice?.code == .conflict)
        let current = await inventoryError { _ = try await reports.close(try #require(YearMonth("2026-12")), by: TestHub.anna) }
        #expect(current?.text.en.contains("has not ended") == true)
        #expect(try await hub.auditActions().contains("report.close"))
    }
}

extension InvoiceTests {
    /// Only `invoice` contributions, one statement per resident holding only their own lines.
    @Test func residentStatementsListEachResidentsOwnInvoicedServices() async throws {
        let hub = try TestHub(start: "2026-11-10T09:00:00Z")
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2", street: "Kerkweg", number: "4")
        let huisarts = try await hub.addService("huisarts", name: "Rit naar de huisarts", price: "2", payment: .invoice)
        let markt = try await hub.addService("markt", name: "Rit naar de markt", price: "1,50", payment: .pin)
        let klus = try await hub.addService("klus", kind: .chore, name: "Lamp vervangen", price: "3,25", payment: .invoice)
        try await hub.use(jan, huisarts)
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        try await hub.use(jan, markt)
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        try await hub.use(ria, klus)
        hub.clock.advance(hours: 24 * 30)
        let statements = try await stores(hub).1.residentStatements(month: try #require(YearMonth("2026-11")), by: TestHub.anna)
        #expect(statements.map(\.name) == ["Jan de Vries", "Ria Jansen"])
        #expect(statements[0].lines.map(\.service) == ["Rit naar de huisarts"] && statements[0].totalCents == 200)
        #expect(statements[1].lines.map(\.priceCents) == [325] && statements[1].address.street == "Kerkweg")
        #expect(try await hub.auditActions().contains("statements.view"))
    }
}

extension InvoiceTests {
    @Test func theDeliverySeriesCountsEachMonthUpToThisOne() async throws {
        let hub = try await history()
        let series = try await stores(hub).0.deliverySeries(months: 3)
        #expect(series.months.map(\.month) == ["2026-10", "2026-11", "2026-12"])
        #expect(series.months[1].perSupplier == ["vegro": 3, "apotheek": 1] && series.months[1].contact == 2 && series.months[1].delivered == 4)
        #expect(series.months[0].delivered == 0 && series.suppliers == ["apotheek", "vegro"])
        let tooMany = await inventoryError { _ = try await stores(hub).0.deliverySeries(months: 500) }
        #expect(tooMany?.code == .invalidInput)
    }
}
