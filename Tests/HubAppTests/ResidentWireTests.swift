import Foundation
import HubAPI
@testable import HubApp
@testable import Inventory
import Testing

struct ResidentWireTests {
    static let resident = Inventory.Resident(
        id: 7, reference: "BZ-007", name: "Anna de Vries", street: "Dorpsstraat", houseNumber: "12a", postcode: "9999 AB",
        town: "Buurdorp", phone: nil, remarks: "bel aan", createdAt: fixedTime, updatedAt: fixedTime
    )

    @Test func residentKeepsItsFieldsAndShape() throws {
        let wire = try throughWire(Self.resident)
        #expect(wire.id == 7)
        #expect(wire.houseNumber == "12a")
        #expect(wire.createdAt == fixedTime)
        let json = try jsonPair(Self.resident)
        #expect(json.domain == json.wire)
        #expect(json.wire.contains("\"house_number\":\"12a\""))
    }

    @Test func proxyCarriesItsScopesAndDay() throws {
        let dayText = Inventory.LocalDay("2026-12-31")
        let day = try #require(dayText)
        let proxy = Inventory.Proxy(
            id: 3, residentId: 7, name: "Piet", scopes: "parcels,rides", expiresOn: day, createdAt: fixedTime, createdBy: "Els"
        )
        let wire = try throughWire(proxy)
        #expect(wire.scopeList == [.parcels, .rides])
        #expect(wire.expiresOn.text == "2026-12-31")
        let json = try jsonPair(proxy)
        #expect(json.domain == json.wire)
    }

    @Test func residentFieldsFromTheKioskBecomeTheDomainsFields() throws {
        let sent = HubAPI.ResidentFields(name: "Anna", town: "Buurdorp")
        let wire = try HubJSON.decoder().decode(HubAPI.ResidentFields.self, from: HubJSON.encoder().encode(sent))
        let fields = Inventory.ResidentFields(wire: wire)
        #expect(fields == Inventory.ResidentFields(name: "Anna", town: "Buurdorp"))
    }
}
