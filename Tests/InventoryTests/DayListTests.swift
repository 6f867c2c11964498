import Foundation
import Testing
@testable import Inventory

@Suite struct DayListTests {
    @Test func parcelsGroupPerAddress() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1", street: "Dorpsstraat", number: "10")
        try await hub.addResident("Ria de Vries", reference: "R2", street: "Dorpsstraat", number: "10")
        try await hub.addResident("Piet Bos", reference: "R3", street: "Dorpsstraat", number: "2")
        for (code, who) in [("APO-000001", "R1"), ("VG12345678", "R2"), ("TDJ1234567", "R3")] {
            _ = try await hub.scan(code)
            _ = try await hub.parcels.assign(barcode: code, residentKey: who, by: nil)
        }
        _ = try await hub.scan("VG99999999")
        let list = try await hub.parcels.dayList(on: hub.calendar.today, viewer: .hub)
        #expect(list.stops.map(\.address.houseNumber) == ["2", "10"])
        #expect(list.stops.last?.parcelCount == 2)
        #expect(list.unassigned.map(\.barcode) == ["VG99999999"])
        #expect(list.stops.first?.parcels.first?.coldChain == true)
    }

    @Test func postcodesAreNormalisedAndBadOnesRefused() throws {
        #expect(try Address.normalisedPostcode("7423ab") == "7423 AB")
        #expect(throws: InventoryError.self) { try Address.normalisedPostcode("ABCD 12") }
    }
}
