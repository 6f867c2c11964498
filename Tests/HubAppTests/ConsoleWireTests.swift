import Foundation
import HubAPI
@testable import HubApp
import Inventory
import Testing
import Workflows

struct ConsoleWireTests {
    static let screen = Workflows.ConsoleScreen(
        session: "s1", kind: .choice, headline: Inventory.LocalizedText(nl: "Dag Anna", en: "Hello Anna"),
        options: [Workflows.ConsoleOption(key: "1", label: Inventory.LocalizedText(nl: "Rit", en: "Ride"))],
        tone: .success, timeoutSeconds: 30
    )

    @Test func screenKeepsItsOptionsAndShape() throws {
        let wire = try throughWire(Self.screen)
        #expect(wire.headline(.en) == "Hello Anna")
        #expect(wire.offers("1"))
        #expect(!wire.offers("2"))
        #expect(wire.tone == .success)
        let json = try jsonPair(Self.screen)
        #expect(json.domain == json.wire)
    }

    @Test func eventCarriesTheScreen() throws {
        let event = Workflows.HubEvent(
            kind: .screen, time: fixedTime, device: "kiosk", barcode: nil, message: Inventory.LocalizedText(nl: "", en: ""),
            screen: Self.screen
        )
        let wire = try throughWire(event)
        #expect(wire.kind == .screen)
        #expect(wire.screen?.session == "s1")
        let json = try jsonPair(event)
        #expect(json.domain == json.wire)
    }
}
