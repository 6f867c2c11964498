import Foundation
import HubAPI
@testable import HubApp
@testable import Inventory
import Testing

struct ParcelWireTests {
    static func parcelView() throws -> Inventory.ParcelView {
        let dayText = Inventory.LocalDay("2026-11-20")
        let day = try #require(dayText)
        let parcel = Inventory.Parcel(
            id: 1, barcode: "JVGL0001", supplierId: "postnl", receivedAt: fixedTime, receivedOn: day, device: "intake",
            receivedBy: "Els", residentId: 7, assignedAt: fixedTime, assignedBy: "Els", coldChain: true, medication: false,
            deadlineAt: nil, outcome: .notHome, outcomeAt: fixedTime, closedOn: nil, attempts: 1
        )
        return Inventory.ParcelView(parcel: parcel, supplierName: "PostNL", resident: ResidentWireTests.resident, now: fixedTime)
    }

    @Test func parcelViewKeepsStatusOutcomeAndResident() throws {
        let view = try Self.parcelView()
        let wire = try throughWire(view)
        #expect(wire.outcome == .notHome)
        #expect(wire.status.rawValue == view.status.rawValue)
        #expect(wire.resident?.address.houseNumber == "12a")
        let json = try jsonPair(view)
        #expect(json.domain == json.wire)
        #expect(json.wire.contains("\"outcome\":\"not-home\""))
    }

    @Test func deliveryOutcomeFromTheKioskBecomesTheDomainsOutcome() throws {
        for outcome in HubAPI.DeliveryOutcome.allCases {
            #expect(Inventory.DeliveryOutcome(wire: outcome).rawValue == outcome.rawValue)
        }
        let request = try HubJSON.decoder().decode(
            HubAPI.DeliverRequest.self, from: Data(#"{"barcode":"JVGL0001","outcome":"letterbox"}"#.utf8)
        )
        #expect(try HubApp.OutcomeEntry(wire: request).outcome == .letterbox)
        let contact = try HubJSON.decoder().decode(
            HubAPI.DeliverRequest.self, from: Data(#"{"barcode":"JVGL0001","outcome":"contact","minutes":"5-15"}"#.utf8)
        )
        #expect(try HubApp.OutcomeEntry(wire: contact).minutes == .fiveToFifteen)
        let odd = try HubJSON.decoder().decode(HubAPI.DeliverRequest.self, from: Data(#"{"barcode":"J","outcome":"contact","minutes":"an hour"}"#.utf8))
        #expect(throws: InventoryError.self) { try HubApp.OutcomeEntry(wire: odd) }
    }

    @Test func manifestResultNamesTheRowsThatFailed() throws {
        let result = Inventory.ManifestStore.ImportResult(
            loaded: 2, alreadyKnown: 1, assignedNow: 1, errors: [Inventory.ManifestRowError(line: 4, nl: "geen barcode", en: "no barcode")]
        )
        let wire = try throughWire(result)
        #expect(wire.errors.first?.line == 4)
        #expect(wire.errors.first?.message.en == "no barcode")
    }
}
