import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite struct CreditTests {
    @Test func aCreditServiceDeductsInTheSameTransaction() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let bingo = try await hub.addService("bingo", kind: .activity, price: "1,50", payment: .credit)
        #expect(try await hub.creditStore.topUp(residentKey: "R1", amount: "10,00", by: TestHub.anna) == Cents(1000))
        let use = try await hub.use(jan, bingo)
        #expect(try await hub.creditStore.balance(residentID: jan.id ?? 0) == Cents(850))
        let deduction = try await hub.database.pool.read { db in
            try CreditMovement.filter(Column("reason") == "service").fetchOne(db)
        }
        #expect(deduction?.amountCents == -150)
        #expect(deduction?.serviceUseId == use.id)
        #expect(deduction?.residentId == jan.id)
        #expect(deduction?.by == nil)
    }

    @Test func tooLittleCreditIsRefusedAndWritesNothing() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let bingo = try await hub.addService("bingo", kind: .activity, price: "1,50", payment: .credit)
        _ = try await hub.creditStore.topUp(residentKey: "R1", amount: "0,50", by: TestHub.anna)
        let error = await inventoryError { try await hub.use(jan, bingo) }
        #expect(error?.code == .refused)
        #expect(error?.text.nl == "uw tegoed (€ 0,50) is te laag voor € 1,50 — vraag de conciërge om op te waarderen")
        #expect(try hub.rowCount("service_use") == 0)
        #expect(try hub.rowCount("credit_movement") == 1)
        #expect(try await hub.creditStore.balance(residentID: jan.id ?? 0) == Cents(50))
    }

    @Test func aRideOnCreditWithoutCreditOpensNothing() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let markt = try await hub.addService("markt", price: "2", payment: .credit)
        let error = await inventoryError { try await hub.use(jan, markt) }
        #expect(error?.text.nl.contains("uw tegoed (€ 0,00)") == true)
        #expect(try await hub.serviceUses.openRide(residentID: jan.id ?? 0) == nil)
        #expect(try hub.rowCount("credit_movement") == 0)
    }

    @Test func exactlyEnoughCreditIsEnough() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let bingo = try await hub.addService("bingo", kind: .activity, price: "1,50", payment: .credit)
        _ = try await hub.creditStore.topUp(residentKey: "R1", amount: "1,50", by: TestHub.anna)
        try await hub.use(jan, bingo)
        #expect(try await hub.creditStore.balance(residentID: jan.id ?? 0) == .zero)
        await #expect(throws: InventoryError.self) { try await hub.use(jan, bingo) }
    }

    @Test func topUpsAreValidatedAndAudited() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        for amount in ["0", "0,00", "500,01", "1,005", "-5", "tien", ""] {
            let error = await inventoryError { _ = try await hub.creditStore.topUp(residentKey: "R1", amount: amount, by: TestHub.anna) }
            #expect(error?.code == .invalidInput, "amount \(amount)")
        }
        let missing = await inventoryError { _ = try await hub.creditStore.topUp(residentKey: "R9", amount: "5", by: TestHub.anna) }
        #expect(missing?.code == .notFound)
        #expect(try hub.rowCount("credit_movement") == 0)
        #expect(try await hub.auditActions().isEmpty)
        #expect(try await hub.creditStore.topUp(residentKey: "R1", amount: "500", by: TestHub.anna) == Cents(50_000))
        #expect(try await hub.creditStore.topUp(residentKey: "\(jan.id ?? 0)", amount: "€ 2,25", by: TestHub.anna) == Cents(50_225))
        let audit = try await hub.auditEntries()
        #expect(audit.map(\.action) == ["credit.top-up", "credit.top-up"])
        #expect(audit.allSatisfy { $0.residentId == jan.id && $0.staffName == "Anna" })
        let movement = try await hub.database.pool.read { try CreditMovement.order(Column("id")).fetchOne($0) }
        #expect(movement?.reason == "top-up")
        #expect(movement?.by == "Anna")
    }

    @Test func balancesAreKeptPerResident() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        let ria = try await hub.addResident("Ria Jansen", reference: "R2")
        _ = try await hub.creditStore.topUp(residentKey: "R1", amount: "5", by: TestHub.anna)
        #expect(try await hub.creditStore.balance(residentID: ria.id ?? 0) == .zero)
        #expect(try await hub.creditStore.balance(residentID: jan.id ?? 0) == Cents(500))
    }
}
