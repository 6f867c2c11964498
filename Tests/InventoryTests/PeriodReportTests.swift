import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct PeriodReportTests {
    /// November with October and December around it, so only the month's own data may count.
    private func fixture() async throws -> TestHub {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria de Vries", reference: "R2")
        let kees = try await hub.addResident("Kees Smit", reference: "R3", street: "Kerkstraat", number: "5")
        let markt = try await hub.addService("markt", name: "Rit naar de markt", price: "1,50", payment: .pin)
        let huisarts = try await hub.addService("huisarts", name: "Rit naar de huisarts", price: "2", payment: .invoice)
        let lamp = try await hub.addService("lamp", kind: .chore, name: "Lamp vervangen", price: "0", payment: .free)
        let bingo = try await hub.addService("bingo", kind: .activity, name: "Bingo", price: "1", payment: .credit)

        hub.clock.setNow(TestHub.instant("2026-10-31T12:00:00Z"))
        try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-10-31T13:00:00Z"))
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        let october1 = try hub.insertParcel("VG00000001", supplier: "vegro", resident: jan, at: TestHub.instant("2026-10-30T10:00:00Z"))
        try hub.insertAttempt(october1, .contact, at: TestHub.instant("2026-10-30T11:00:00Z"))
        let october2 = try hub.insertParcel("VG00000002", supplier: "vegro", resident: kees, at: TestHub.instant("2026-10-31T10:00:00Z"))
        try hub.insertAttempt(october2, .neighbour, at: TestHub.instant("2026-11-01T08:00:00Z"))

        hub.clock.setNow(TestHub.instant("2026-11-10T09:00:00Z"))
        try await hub.use(jan, markt)
        try await hub.use(ria, markt)
        try await hub.use(kees, huisarts)
        _ = try await hub.creditStore.topUp(residentKey: "R1", amount: "5", by: TestHub.anna)
        try await hub.use(jan, bingo)
        try await hub.use(jan, lamp)
        hub.clock.setNow(TestHub.instant("2026-11-10T10:00:00Z"))
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        _ = try await hub.serviceUses.checkOut(residentID: kees.id ?? 0, passID: nil, device: nil)
        hub.clock.setNow(TestHub.instant("2026-11-10T22:30:00Z"))
        _ = try await hub.serviceUses.closeRidesPastDayEnd()
        let vegro = try hub.insertParcel("VG00000003", supplier: "vegro", resident: jan, at: TestHub.instant("2026-11-10T08:00:00Z"))
        try hub.insertAttempt(vegro, .contact, at: TestHub.instant("2026-11-10T11:00:00Z"))
        let pharmacy = try hub.insertParcel("APO-000001", supplier: "apotheek", resident: ria, at: TestHub.instant("2026-11-10T08:05:00Z"))
        try hub.insertAttempt(pharmacy, .notHome, at: TestHub.instant("2026-11-10T11:10:00Z"))
        try hub.insertAttempt(pharmacy, .contact, at: TestHub.instant("2026-11-11T11:10:00Z"))
        let letterbox = try hub.insertParcel("VG00000004", supplier: "vegro", resident: kees, at: TestHub.instant("2026-11-12T08:00:00Z"))
        try hub.insertAttempt(letterbox, .letterbox, at: TestHub.instant("2026-11-12T11:00:00Z"))
        try hub.insertParcel("TDJ0000001", supplier: "maaltijden", resident: nil, at: TestHub.instant("2026-11-12T08:10:00Z"))
        let late = try hub.insertParcel("VG00000005", supplier: "vegro", resident: kees, at: TestHub.instant("2026-11-30T20:00:00Z"))
        try hub.insertAttempt(late, .returned, at: TestHub.instant("2026-12-01T00:00:00Z"))

        hub.clock.setNow(TestHub.instant("2026-12-01T09:00:00Z"))
        try await hub.use(jan, markt)
        let december = try hub.insertParcel("VG00000006", supplier: "vegro", resident: jan, at: TestHub.instant("2026-12-01T08:00:00Z"))
        try hub.insertAttempt(december, .contact, at: TestHub.instant("2026-12-01T11:00:00Z"))
        return hub
    }

    @Test func novemberCountsOnlyNovember() async throws {
        let hub = try await fixture()
        let report = try await hub.monthReports.month(try #require(YearMonth("2026-11")))
        #expect(report.period == "2026-11" && report.firstDay.text == "2026-11-01" && report.lastDay.text == "2026-11-30")
        #expect(report.services == [
            .init(code: "huisarts", name: "Rit naar de huisarts", kind: .ride, uses: 1, uniqueResidents: 1, contributionCents: 200),
            .init(code: "markt", name: "Rit naar de markt", kind: .ride, uses: 2, uniqueResidents: 2, contributionCents: 300),
            .init(code: "lamp", name: "Lamp vervangen", kind: .chore, uses: 1, uniqueResidents: 1, contributionCents: 0),
            .init(code: "bingo", name: "Bingo", kind: .activity, uses: 1, uniqueResidents: 1, contributionCents: 100),
        ])
        #expect(report.rides == 3 && report.chores == 1 && report.activities == 1)
        #expect(report.uniqueResidents == 3)
        #expect(report.contributions == [
            .init(payment: .pin, count: 2, cents: 300), .init(payment: .invoice, count: 1, cents: 200),
            .init(payment: .credit, count: 1, cents: 100), .init(payment: .free, count: 1, cents: 0),
        ])
        #expect(report.autoClosedRides == 1)
        let d = report.deliveries
        #expect(d.perSupplier == [.init(supplierId: "apotheek", contact: 1), .init(supplierId: "vegro", contact: 1, letterbox: 1, neighbour: 1)])
        #expect(d.contact == 2 && d.letterbox == 1 && d.neighbour == 1 && d.returned == 0)
        #expect(d.contactSharePermille == 500)
        #expect(d.notHomeRetries == 1)
        #expect(d.uniqueAddresses == 2, "Jan and Ria share an address")
        #expect(d.uniqueResidents == 3)
        #expect(d.stops == 4 && d.bundledStops == 0 && d.overdueColdChain == 0)
        #expect(report.van == PeriodReport.VanEstimate(vegroDays: 3, kilometresPerDay: 100, gramsCO2PerKilometre: 366))
        #expect(report.van.kilometres == 300 && report.van.kilogramsCO2 == 110)
    }

    @Test func theNeighbouringMonthsAndTheQuarterHaveTheirOwnFigures() async throws {
        let hub = try await fixture()
        let october = try await hub.monthReports.month(try #require(YearMonth("2026-10")))
        #expect(october.services.map(\.code) == ["markt"])
        #expect(october.rides == 1 && october.uniqueResidents == 1)
        #expect(october.contributions == [.init(payment: .pin, count: 1, cents: 150)])
        #expect(october.deliveries.perSupplier == [.init(supplierId: "vegro", contact: 1)])
        #expect(october.deliveries.uniqueAddresses == 1 && october.van.vegroDays == 1)
        let december = try await hub.monthReports.month(try #require(YearMonth("2026-12")))
        #expect(december.rides == 1 && december.autoClosedRides == 0)
        #expect(december.deliveries.perSupplier == [.init(supplierId: "vegro", contact: 1, returned: 1)])
        #expect(december.deliveries.contactSharePermille == 1000)
        let quarter = try await hub.monthReports.report(try ReportPeriod.quarter("2026-Q4"))
        #expect(quarter.period == "2026-Q4" && quarter.firstDay.text == "2026-10-01" && quarter.lastDay.text == "2026-12-31")
        #expect(quarter.deliveries.contact == 4 && quarter.deliveries.returned == 1 && quarter.rides == 5)
        let weeks = try await hub.monthReports.report(try ReportPeriod.range(from: "2026-10-30", to: "2026-11-10", calendar: hub.calendar))
        #expect(weeks.deliveries.contact == 2 && weeks.deliveries.neighbour == 1, "October 30, November 1 and 10, both ends included")
        #expect(try await hub.monthReports.report(try ReportPeriod.year("2026")).deliveries.delivered == 6)
    }

    @Test func anEmptyMonthIsAllZeroAndAFutureOneIsRefused() async throws {
        let hub = try await fixture()
        let june = try await hub.monthReports.month(try #require(YearMonth("2026-06")))
        #expect(june == PeriodReport(
            period: "2026-06", firstDay: try #require(LocalDay("2026-06-01")), lastDay: try #require(LocalDay("2026-06-30")),
            services: [], rides: 0, chores: 0, activities: 0, uniqueResidents: 0, contributions: [], autoClosedRides: 0,
            deliveries: .init(perSupplier: [], contact: 0, letterbox: 0, neighbour: 0, returned: 0, notHomeRetries: 0,
                              uniqueAddresses: 0, uniqueResidents: 0, overdueColdChain: 0, stops: 0, bundledStops: 0),
            aids: [], van: .init(vegroDays: 0, kilometresPerDay: 100, gramsCO2PerKilometre: 366),
            contact: ContactFigures(contactMoments: 0, residentsSeen: 0, momentsPerResidentPerWeekHundredths: nil, averageContactMinutesTenths: nil,
                                    visitsWithoutDelivery: 0, signals: [])
        ))
        #expect(june.deliveries.contactSharePermille == nil)
        let future = await inventoryError { _ = try await hub.monthReports.month(try #require(YearMonth("2027-01"))) }
        #expect(future?.text.en.contains("lies in the future") == true)
    }

    @Test func periodsAreParsedStrictlyWithAnAnswerThatShowsTheForm() throws {
        let calendar = HubCalendar(timeZone: try #require(TimeZone(identifier: "UTC")), now: { Date() })
        for (bad, form) in [("2026-13", "YYYY-MM"), ("26-11", "YYYY-MM")] {
            #expect(throws: InventoryError.self) { try ReportPeriod.month(bad) }
            #expect((try? ReportPeriod.month(bad)) == nil, "\(bad) is not \(form)")
        }
        #expect(throws: InventoryError.self) { try ReportPeriod.quarter("2026-Q5") }
        #expect(throws: InventoryError.self) { try ReportPeriod.year("226") }
        #expect(throws: InventoryError.self) { try ReportPeriod.range(from: "2026-11-10", to: "2026-11-01", calendar: calendar) }
        #expect(throws: InventoryError.self) { try ReportPeriod.range(from: "2000-01-01", to: "2026-11-01", calendar: calendar) }
        #expect(try ReportPeriod.quarter("2026-q1").endDay.text == "2026-04-01")
        #expect(try ReportPeriod.range(from: "2026-12-31", to: "2026-12-31", calendar: calendar).endDay.text == "2027-01-01")
    }

    /// A stop where two suppliers' parcels were handed over together, and a meal handed over
    /// after its cold-chain deadline.
    @Test func bundlingAndLateColdChainAreCounted() async throws {
        let hub = try TestHub(start: "2026-11-20T07:00:00Z")
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let meal = try hub.insertParcel("TDJ0000001", supplier: "maaltijden", resident: jan, at: TestHub.instant("2026-11-05T08:00:00Z"))
        let aid = try hub.insertParcel("VG00000001", supplier: "vegro", resident: jan, at: TestHub.instant("2026-11-05T08:00:00Z"))
        let other = try hub.insertParcel("VG00000002", supplier: "vegro", resident: jan, at: TestHub.instant("2026-11-06T08:00:00Z"))
        try await hub.database.pool.write { db in
            try db.execute(sql: "UPDATE parcel SET cold_chain = 1, deadline_at = ? WHERE id = ?", arguments: [TestHub.instant("2026-11-05T12:00:00Z"), meal.id])
        }
        try hub.insertAttempt(meal, .contact, at: TestHub.instant("2026-11-05T13:00:00Z"))
        try hub.insertAttempt(aid, .contact, at: TestHub.instant("2026-11-05T13:00:00Z"))
        try hub.insertAttempt(other, .letterbox, at: TestHub.instant("2026-11-06T10:00:00Z"))
        let d = try await hub.monthReports.month(try #require(YearMonth("2026-11"))).deliveries
        #expect(d.stops == 2 && d.bundledStops == 1)
        #expect(d.overdueColdChain == 1)
        #expect(d.contactSharePermille == 667)
    }

    /// The evaluation's seed figures (domain notes): 126 Vegro days at 100 km and 366 g/km.
    @Test func theEvaluationsVanEstimateComesOut() {
        let van = PeriodReport.VanEstimate(vegroDays: 126, kilometresPerDay: 100, gramsCO2PerKilometre: 366)
        #expect(van.kilometres == 12_600 && van.kilogramsCO2 == 4_612)
        #expect(van.formula.contains("126 days × 100 km = 12600 km") && van.formula.contains("upper bound"))
    }

    @Test func outcomeBoundsAreLocalMidnight() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let parcel = try hub.insertParcel("VG00000001", supplier: "vegro", resident: jan, at: TestHub.instant("2026-10-31T20:00:00Z"))
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let local = HubCalendar(timeZone: amsterdam, now: { hub.clock.now })
        try await hub.database.pool.write { db in
            try db.execute(sql: "UPDATE parcel SET outcome = 'contact', outcome_at = ?, closed_on = ? WHERE id = ?",
                           arguments: [TestHub.instant("2026-10-31T23:30:00Z"), local.day(of: TestHub.instant("2026-10-31T23:30:00Z")).text, parcel.id])
        }
        let store = ReportStore(database: hub.database, calendar: local)
        #expect(try await store.month(try #require(YearMonth("2026-11"))).deliveries.contact == 1)
        #expect(try await store.month(try #require(YearMonth("2026-10"))).deliveries.contact == 0)
    }

    @Test func theReportEncodesAsJSON() async throws {
        let hub = try await fixture()
        let report = try await hub.monthReports.month(try #require(YearMonth("2026-11")))
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(PeriodReport.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"supplierId\":\"vegro\""))
        #expect(text.contains("\"payment\":\"pin\""))
    }
}
