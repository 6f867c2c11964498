import Foundation
import Testing
@testable import Inventory

@Suite struct ResidentStoreTests {
    @Test func addListShowEdit() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        #expect(try await hub.residents.resident(matching: "R1") == jan)
        #expect(try await hub.residents.resident(matching: "\(jan.id ?? 0)") == jan)
        let edited = try await hub.residents.edit(id: jan.id ?? 0, ResidentFields(phone: "0570-123456", remarks: "bel twee keer"), by: TestHub.concierge)
        #expect(edited.phone == "0570-123456")
        #expect(edited.name == "Jan de Vries")
        let cleared = try await hub.residents.edit(id: jan.id ?? 0, ResidentFields(phone: ""), by: TestHub.concierge)
        #expect(cleared.phone == nil)
        #expect(try await hub.residents.list().count == 1)
    }

    @Test func missingFieldsAndTakenReferencesAreRefused() async throws {
        let hub = try TestHub()
        await #expect(throws: InventoryError.self) { try await hub.residents.add(ResidentFields(name: "X"), by: TestHub.concierge) }
        try await hub.addResident("Jan de Vries", reference: "R1")
        await #expect(throws: InventoryError.self) {
            try await hub.residents.add(
                ResidentFields(reference: "R1", name: "Ria", street: "Dorpsstraat", houseNumber: "2", postcode: "7423ab", town: "Deventer"),
                by: TestHub.concierge
            )
        }
        await #expect(throws: InventoryError.self) { try await hub.residents.resident(matching: "nobody") }
    }
}
