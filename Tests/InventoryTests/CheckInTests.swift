import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct CheckInTests {
    @Test func aRideOpensAtCheckInAndASecondCheckInIsRefused() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt", name: "Rit naar de markt")
        let use = try await hub.serviceUses.register(residentID: jan.id ?? 0, serviceID: markt.id ?? 0, passID: nil, device: "kiosk-1")
        #expect(use.isOpen)
        #expect(use.kind == .ride)
        #expect(use.startedAt == hub.clock.now)
        #expect(use.startedOn.text == "2026-11-23")
        #expect(use.device == "kiosk-1")
        #expect(use.recordedBy == nil)
        #expect(try await hub.serviceUses.openRide(residentID: jan.id ?? 0)?.use.id == use.id)
        hub.clock.advanceSeconds(90)
        let error = await inventoryError { try await hub.use(jan, markt) }
        #expect(error?.code == .conflict)
        #expect(error?.text.nl == "u bent al ingecheckt voor Rit naar de markt sinds 07:42 — tik opnieuw na de rit om uit te checken")
        #expect(try hub.rowCount("service_use") == 1)
    }

    @Test func checkOutClosesTheRide() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let opened = try await hub.use(jan, markt)
        hub.clock.advance(hours: 2)
        let closed = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: "kiosk-1")
        #expect(closed.id == opened.id)
        #expect(closed.endedAt == hub.clock.now)
        #expect(closed.endReason == .tap)
        #expect(closed.reviewState == nil)
        #expect(try hub.storedUse(opened.id) == closed)
        #expect(try await hub.serviceUses.openRide(residentID: jan.id ?? 0) == nil)
        let again = try await hub.use(jan, markt)
        #expect(again.isOpen)
    }

    @Test func checkOutWithoutAnOpenRideSaysWhatToDo() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let error = await inventoryError { _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil) }
        #expect(error?.code == .notFound)
        #expect(error?.text.nl.contains("kies eerst een rit") == true)
    }

    @Test func everyResidentHasTheirOwnOpenRide() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2")
        let markt = try await hub.addService("markt")
        let huisarts = try await hub.addService("huisarts")
        try await hub.use(jan, markt)
        try await hub.use(ria, markt)
        let error = await inventoryError { try await hub.use(jan, huisarts) }
        #expect(error?.code == .conflict)
        #expect(error?.text.nl.contains("Ria") == false)
        #expect(try await hub.serviceUses.openRide(residentID: ria.id ?? 0)?.residentName == "Ria Jansen")
        let closed = try await hub.serviceUses.checkOut(residentID: ria.id ?? 0, passID: nil, device: nil)
        #expect(closed.residentId == ria.id)
        #expect(try await hub.serviceUses.openRide(residentID: jan.id ?? 0) != nil)
    }

    @Test func theDatabaseAlsoGuardsOneOpenRidePerResident() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let use = try await hub.use(jan, markt)
        await #expect(throws: DatabaseError.self) {
            try await hub.database.pool.write { db in
                var second = use
                second.id = nil
                try second.insert(db)
            }
        }
    }

    @Test func choresAndVisitsAreSingleRegistrations() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let lamp = try await hub.addService("lamp", kind: .chore, price: "0", payment: .free)
        let bingo = try await hub.addService("bingo", kind: .activity, price: "2", payment: .invoice)
        let markt = try await hub.addService("markt")
        try await hub.use(jan, markt)
        let chore = try await hub.use(jan, lamp)
        let visit = try await hub.use(jan, bingo)
        for use in [chore, visit] {
            #expect(use.endedAt == use.startedAt)
            #expect(!use.isOpen)
            #expect(use.reviewState == nil)
            #expect(try hub.storedUse(use.id)?.endedAt == use.startedAt)
        }
        #expect(chore.kind == .chore)
        #expect(visit.kind == .activity)
        #expect(try await hub.serviceUses.openRide(residentID: jan.id ?? 0)?.serviceCode == "markt")
        try await hub.use(jan, lamp)
        #expect(try hub.rowCount("service_use") == 4)
    }

    @Test func eachPaymentMethodSetsItsPaymentState() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.creditStore.topUp(residentKey: "R1", amount: "10", by: TestHub.anna)
        let expected: [(PaymentMethod, String, PaymentState)] = [
            (.pin, "1,50", .awaitingPayment), (.invoice, "2", .invoice), (.credit, "1", .credit), (.free, "0", .free),
        ]
        for (method, price, state) in expected {
            let service = try await hub.addService("s-\(method.rawValue)", kind: .chore, price: price, payment: method)
            let use = try await hub.use(jan, service)
            #expect(use.payment == method)
            #expect(use.paymentState == state)
            #expect(use.priceCents == service.priceCents)
            #expect(try hub.storedUse(use.id)?.paymentState == state)
        }
    }

    @Test func priceAndPaymentAreCopiedAtRegistration() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let lamp = try await hub.addService("lamp", kind: .chore, price: "1,50", payment: .invoice)
        let use = try await hub.use(jan, lamp)
        try await hub.database.pool.write { try $0.execute(sql: "UPDATE service SET price_cents = 300, payment = 'pin'") }
        let stored = try #require(try hub.storedUse(use.id))
        #expect(stored.priceCents == 150)
        #expect(stored.payment == .invoice)
    }

    @Test func anInactiveServiceIsRefused() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt", name: "Rit naar de markt")
        try await hub.database.pool.write { try $0.execute(sql: "UPDATE service SET active = 0") }
        let error = await inventoryError { try await hub.use(jan, markt) }
        #expect(error?.code == .refused)
        #expect(error?.text.nl.contains("vraag de conciërge") == true)
        #expect(try hub.rowCount("service_use") == 0)
    }

    @Test func unknownResidentsAndServicesAreNotFound() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        let noResident = await inventoryError {
            _ = try await hub.serviceUses.register(residentID: 99, serviceID: markt.id ?? 0, passID: nil, device: nil)
        }
        #expect(noResident?.code == .notFound)
        let noService = await inventoryError {
            _ = try await hub.serviceUses.register(residentID: jan.id ?? 0, serviceID: 99, passID: nil, device: nil)
        }
        #expect(noService?.code == .notFound)
        #expect(try hub.rowCount("service_use") == 0)
    }

    @Test func lastActivityFollowsStartsAndCheckOuts() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2")
        let markt = try await hub.addService("markt")
        #expect(try await hub.serviceUses.lastActivity(residentID: jan.id ?? 0) == nil)
        let started = try await hub.use(jan, markt)
        #expect(try await hub.serviceUses.lastActivity(residentID: jan.id ?? 0) == started.startedAt)
        hub.clock.advance(hours: 1)
        try await hub.use(ria, markt)
        hub.clock.advance(hours: 1)
        let closed = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        #expect(try await hub.serviceUses.lastActivity(residentID: jan.id ?? 0) == closed.endedAt)
        #expect(try await hub.serviceUses.lastActivity(residentID: ria.id ?? 0) == TestHub.instant("2026-11-23T08:42:00Z"))
    }

    @Test func kioskRegistrationsWriteNoStaffAudit() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt")
        try await hub.use(jan, markt)
        _ = try await hub.serviceUses.checkOut(residentID: jan.id ?? 0, passID: nil, device: nil)
        #expect(try await hub.auditActions() == ["service.add"])
    }
}
