import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// The stock desk from the kiosk console's staff mode, through the running hubd: a staff pass
/// and PIN at the kiosk, key 4, a receive batch, scans on the stock scanner's pty showing on
/// the console, a keypad count, and the booking.
@Suite(.serialized) struct StockConsoleTests {
    @Test func aReceiveBatchAtTheConsoleFollowsTheScanner() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        let pin = try await rig.hub.tapAndWait("5A00C0DE")
        #expect(pin.kind == .pin)
        let menu = try await rig.hub.json(ConsoleScreen.self, ["simulate", "entry", "4321"])
        #expect(menu.options.contains { $0.key == "4" })
        _ = try await rig.hub.press("4")
        let batch = try await rig.hub.press("1")
        #expect(batch.headline.en == "receiving")

        try await rig.scan("]E0" + StockRig.pads)
        try await rig.scan(StockRig.unit("R-0042"))
        var screen = try await rig.hub.screen()
        #expect(screen.lines.map(\.en).contains("1. Pads × 1"), "\(screen.text())")
        #expect(screen.lines.map(\.en).contains("2. Rollator R-0042 × 1"), "\(screen.text())")

        _ = try await rig.hub.press("3")
        screen = try await rig.hub.json(ConsoleScreen.self, ["simulate", "entry", "0"])
        #expect(screen.lines.contains { $0.en.contains("1 to 9999") }, "a count of 0 is refused: \(screen.text())")
        _ = try await rig.hub.press("3")
        screen = try await rig.hub.json(ConsoleScreen.self, ["simulate", "entry", "24"])
        #expect(screen.lines.map(\.en).contains("2. Rollator R-0042 × 1"), "the count applies to the last line only")

        try await rig.scan("VG12345678")
        screen = try await rig.hub.screen()
        #expect(screen.lines.contains { $0.en.contains("parcel") }, "\(screen.text())")

        let booked = try await rig.hub.press("1")
        #expect(booked.lines.map(\.en).contains("Booked: 2 movements"), "\(booked.text())")
        #expect(try await rig.levels()["V-100"] == 1)
    }
}
