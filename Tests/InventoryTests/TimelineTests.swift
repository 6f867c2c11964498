import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct TimelineTests {
    /// Jan's week: a pass, credit, a ride, a chore on credit, a parcel with two attempts, a proxy,
    /// a blocked pass and a ride the hub closed. Ria's ride and parcel must stay out of it.
    private func fixture() async throws -> (TestHub, Resident) {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2")
        let markt = try await hub.addService("markt", name: "Rit naar de markt")
        let lamp = try await hub.addService("lamp", kind: .chore, name: "Lamp vervangen", price: "1,50", payment: .credit)
        try await hub.database.pool.write { db in
            try db.execute(
                sql: "INSERT INTO pass (digest, resident_id, enrolled_at, enrolled_by, blocked_at, blocked_by, block_reason) VALUES (?, ?, ?, 'Anna', ?, 'Anna', 'verloren')",
                arguments: [Data([1, 2, 3]), jan.id, TestHub.instant("2026-11-23T07:00:00Z"), TestHub.instant("2026-11-23T15:00:00Z")]
            )
        }
        _ = try await hub.creditStore.topUp(residentKey: "R1", amount: "10", by: TestHub.anna)
        hub.clock.setNow(TestHub.instant("2026-11-23T08:00:00Z"))
        try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-11-23T08:30:00Z"))
        try await hub.use(ria, markt)
        hub.clock.setNow(TestHub.instant("2026-11-23T09:00:00Z"))
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        hub.clock.setNow(TestHub.instant("2026-11-23T10:00:00Z"))
        try await hub.use(jan, lamp)
        let parcel = try hub.insertParcel("VG12345678", supplier: "vegro", resident: jan, at: TestHub.instant("2026-11-23T11:00:00Z"))
        try hub.insertParcel("VG87654321", supplier: "vegro", resident: ria, at: TestHub.instant("2026-11-23T11:00:00Z"))
        try hub.insertAttempt(parcel, .notHome, at: TestHub.instant("2026-11-23T12:00:00Z"))
        try hub.insertAttempt(parcel, .contact, at: TestHub.instant("2026-11-23T13:00:00Z"))
        hub.clock.setNow(TestHub.instant("2026-11-23T14:00:00Z"))
        _ = try await hub.proxyStore.add(residentKey: "R1", name: "Els de Vries", scopes: [.parcels], expiresOn: try #require(LocalDay("2027-01-31")), by: TestHub.anna)
        hub.clock.setNow(TestHub.instant("2026-11-24T09:00:00Z"))
        try await hub.use(jan, markt)
        hub.clock.setNow(TestHub.instant("2026-11-24T22:30:00Z"))
        _ = try await hub.serviceUses.closeRidesPastDayEnd()
        return (hub, jan)
    }

    @Test func theHistoryHoldsEverySourceNewestFirst() async throws {
        let (hub, jan) = try await fixture()
        let view = try await hub.residentTimeline.timeline(residentKey: "R1", by: TestHub.anna)
        #expect(view.residentId == jan.id)
        #expect(view.residentName == "Jan de Vries")
        #expect(view.creditCents == 850)
        #expect(view.entries.map(\.kind) == [
            "ride", "ride", "pass", "proxy", "parcel", "parcel", "parcel", "credit", "chore", "ride", "ride", "credit", "pass",
        ])
        let times = view.entries.map(\.time)
        #expect(times == times.sorted(by: >))
        let nl = view.entries.map(\.text.nl)
        #expect(nl[0].contains("automatisch gesloten") && nl[0].contains("ingecheckt 24-11 09:00") && nl[0].contains("wacht op controle"))
        #expect(nl[1] == "ingecheckt voor Rit naar de markt (€ 1,50, pin, nog te betalen)")
        #expect(nl[2] == "pas 1 geblokkeerd: verloren")
        #expect(nl[3].contains("Els de Vries") && nl[3].contains("pakketten") && nl[3].contains("2027-01-31"))
        #expect(nl[4] == "pakket VG12345678 (ontvangen 23-11 11:00): persoonlijk afgegeven door Anna")
        #expect(nl[5].contains("niet thuis"))
        #expect(nl[6].contains("VG12345678") && nl[6].contains("vegro"))
        #expect(nl[7] == "€ 1,50 van tegoed afgeschreven voor Lamp vervangen")
        #expect(nl[8] == "klus: Lamp vervangen (€ 1,50, van tegoed)")
        #expect(nl[9] == "uitgecheckt van Rit naar de markt (ingecheckt 23-11 08:00)")
        #expect(nl[11] == "tegoed opgewaardeerd met € 10,00 door Anna")
        #expect(nl[12] == "pas 1 uitgegeven door Anna")
        #expect(view.entries[8].text.en == "chore: Lamp vervangen (€ 1.50, from credit)")
        let everything = view.entries.map { $0.text.nl + $0.text.en }.joined()
        #expect(!everything.contains("Ria") && !everything.contains("VG87654321"))
    }

    @Test func theLimitKeepsTheNewest() async throws {
        let (hub, _) = try await fixture()
        let view = try await hub.residentTimeline.timeline(residentKey: "R1", by: TestHub.anna, limit: 3)
        #expect(view.entries.map(\.kind) == ["ride", "ride", "pass"])
    }

    @Test func lookingIsAudited() async throws {
        let (hub, jan) = try await fixture()
        _ = try await hub.residentTimeline.timeline(residentKey: "\(jan.id ?? 0)", by: TestHub.anna)
        let last = try await hub.auditEntries().last
        #expect(last?.action == "resident.timeline")
        #expect(last?.residentId == jan.id)
        #expect(last?.staffName == "Anna")
        let before = try hub.rowCount("audit")
        await #expect(throws: InventoryError.self) { _ = try await hub.residentTimeline.timeline(residentKey: "R9", by: TestHub.anna) }
        #expect(try hub.rowCount("audit") == before)
    }

    @Test func aResidentWithNothingHasAnEmptyHistory() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        let view = try await hub.residentTimeline.timeline(residentKey: "R1", by: TestHub.anna)
        #expect(view.entries.isEmpty)
        #expect(view.creditCents == 0)
    }
}
