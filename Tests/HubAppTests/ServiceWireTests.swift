import Foundation
import HubAPI
@testable import HubApp
@testable import Inventory
import Testing

struct ServiceWireTests {
    @Test func serviceKeepsKindPaymentAndShape() throws {
        let service = Inventory.Service(
            id: 1, code: "RIT", kind: .ride, name: "Boodschappenrit", destination: "Markt", priceCents: 150, maxPriceCents: 300,
            payment: .pin, position: 1, active: true, createdAt: fixedTime
        )
        let wire = try throughWire(service)
        #expect(wire.kind == .ride)
        #expect(wire.payment == .pin)
        let json = try jsonPair(service)
        #expect(json.domain == json.wire)
    }

    @Test func serviceFieldsFromTheKioskBecomeTheDomainsFields() throws {
        let sent = HubAPI.ServiceFields(code: "KLUS", kind: .chore, name: "Klus", price: "2,50", payment: .invoice)
        let wire = try HubJSON.decoder().decode(HubAPI.ServiceFields.self, from: HubJSON.encoder().encode(sent))
        let fields = Inventory.ServiceFields(wire: wire)
        #expect(fields == Inventory.ServiceFields(code: "KLUS", kind: .chore, name: "Klus", price: "2,50", payment: .invoice))
    }

    @Test func reconciliationKeepsTheTotals() throws {
        let record = Inventory.PaymentReconciliation(
            id: 2, closedAt: fixedTime, since: nil, hubCount: 3, hubAmountCents: 450, terminalCount: 3, terminalAmountCents: 450,
            matches: true, closedBy: "Els"
        )
        let wire = try throughWire(record)
        #expect(wire.hubAmountCents == 450)
        #expect(wire.matches)
        let json = try jsonPair(record)
        #expect(json.domain == json.wire)
    }
}
