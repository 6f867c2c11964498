import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct MonthReportTests {
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
        #expect(report.month == "2026-11")
        #expect(report.services == [
            .init(code: "huisarts", name: "Rit naar de huisarts", kind: .ride, uses: 1, uniqueResidents: 1, contributionCents: 200),
            .init(code: "markt", name: "Rit naar de markt", kind: .ride, uses: 2, uniqueResidents: 2, contributionCents: 300),
            .init(code: "lamp", name: "Lamp vervangen", kind: .chore, uses: 1, uniqueResidents: 1, contributionCents: 0),
            .init(code: "bingo", name: "Bingo", kind: .activity, uses: 1, uniqueResidents: 1, contributionCents: 100),
        ])
        #expect(report.rides == 3)
        #expect(report.chores == 1)
        #expect(report.activities == 1)
        #expect(report.uniqueResidents == 3)
        #expect(report.contributions == [
            .init(payment: .pin, count: 2, cents: 300), .init(payment: .invoice, count: 1, cents: 200),
            .init(payment: .credit, count: 1, cents: 100), .init(payment: .free, count: 1, cents: 0),
        ])
        #expect(report.autoClosedRides == 1)
        #expect(report.parcels.perSupplier == [
            .init(supplierId: "apotheek", count: 1), .init(supplierId: "maaltijden", count: 1), .init(supplierId: "vegro", count: 3),
        ])
        #expect(report.parcels.contact == 2)
        #expect(report.parcels.letterbox == 1)
        #expect(report.parcels.neighbour == 1)
        #expect(report.parcels.notHome == 1)
        #expect(report.parcels.returned == 0)
        #expect(report.parcels.uniqueAddresses == 2)
    }

    @Test func theNeighbouringMonthsHaveTheirOwnFigures() async throws {
        let hub = try await fixture()
        let october = try await hub.monthReports.month(try #require(YearMonth("2026-10")))
        #expect(october.services.map(\.code) == ["markt"])
        #expect(october.rides == 1)
        #expect(october.uniqueResidents == 1)
        #expect(october.contributions == [.init(payment: .pin, count: 1, cents: 150)])
        #expect(october.parcels.perSupplier == [.init(supplierId: "vegro", count: 2)])
        #expect(october.parcels.contact == 1)
        #expect(october.parcels.neighbour == 0)
        #expect(october.parcels.uniqueAddresses == 2)
        let december = try await hub.monthReports.month(try #require(YearMonth("2026-12")))
        #expect(december.rides == 1)
        #expect(december.autoClosedRides == 0)
        #expect(december.parcels.returned == 1)
        #expect(december.parcels.contact == 1)
        #expect(december.parcels.perSupplier == [.init(supplierId: "vegro", count: 1)])
        #expect(december.parcels.uniqueAddresses == 1)
    }

    @Test func anEmptyMonthIsAllZero() async throws {
        let hub = try await fixture()
        let june = try await hub.monthReports.month(try #require(YearMonth("2026-06")))
        #expect(june == MonthReport(
            month: "2026-06", services: [], rides: 0, chores: 0, activities: 0, uniqueResidents: 0, contributions: [],
            autoClosedRides: 0, parcels: .init(perSupplier: [], contact: 0, letterbox: 0, neighbour: 0, notHome: 0, returned: 0, uniqueAddresses: 0),
            aids: StockMonthFigures(month: try #require(YearMonth("2026-06")), lines: [], daysWithMovements: 0)
        ))
    }

    @Test func outcomeBoundsAreLocalMidnight() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let parcel = try hub.insertParcel("VG00000001", supplier: "vegro", resident: jan, at: TestHub.instant("2026-10-31T20:00:00Z"))
        try hub.insertAttempt(parcel, .contact, at: TestHub.instant("2026-10-31T23:30:00Z"))
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let local = MonthReportStore(database: hub.database, calendar: HubCalendar(timeZone: amsterdam, now: { hub.clock.now }))
        #expect(try await local.month(try #require(YearMonth("2026-11"))).parcels.contact == 1)
        #expect(try await local.month(try #require(YearMonth("2026-10"))).parcels.contact == 0)
        #expect(try await hub.monthReports.month(try #require(YearMonth("2026-10"))).parcels.contact == 1)
    }

    @Test func theReportEncodesAsJSON() async throws {
        let hub = try await fixture()
        let report = try await hub.monthReports.month(try #require(YearMonth("2026-11")))
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(MonthReport.self, from: data) == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"supplierId\":\"vegro\""))
        #expect(text.contains("\"payment\":\"pin\""))
    }
}
