import Devices
import Foundation
import Inventory
import Testing
@testable import Workflows

@Suite("Kiosk: a pin service is charged on the terminal")
struct KioskPaymentFlowTests {
    func confirmRide(_ kiosk: KioskFixture) async throws -> ConsoleScreen {
        try await kiosk.populate()
        _ = await kiosk.session.tap(kiosk.digest([1, 2, 3, 4]), device: "pass-reader")
        let choice = await kiosk.session.current()
        let confirm = try await kiosk.session.press("1", session: choice.session)
        #expect(confirm.lines.contains { $0.nl.contains("U betaalt € 1,50") })
        return try await kiosk.session.press("1", session: confirm.session)
    }

    @Test func anApprovedPaymentSettlesTheRide() async throws {
        let terminal = ScriptedPaymentTerminal()
        let kiosk = try KioskFixture(terminal: terminal)
        let paying = try await confirmRide(kiosk)
        #expect(paying.kind == .paying)
        #expect(paying.options.map(\.key) == ["0"])
        await kiosk.session.waitForPayment()
        let done = await kiosk.session.current()
        #expect(done.kind == .done)
        #expect(done.lines.contains { $0.nl == "Betaald: € 1,50. Dank u wel!" })
        let ride = try await kiosk.stores.uses.openRide(residentID: 1)
        #expect(ride?.use.paymentState == .paid)
        #expect(await terminal.authorizeCount == 1)
    }

    @Test func aDeclinedPaymentKeepsTheRideAwaitingPayment() async throws {
        let terminal = ScriptedPaymentTerminal()
        await terminal.script(.result(.declined(code: 5, reason: "declined")))
        let kiosk = try KioskFixture(terminal: terminal)
        _ = try await confirmRide(kiosk)
        await kiosk.session.waitForPayment()
        let screen = await kiosk.session.current()
        #expect(screen.headline.nl == "Niet betaald")
        #expect(screen.lines.contains { $0.nl == "Er is niets afgeschreven." })
        let ride = try await kiosk.stores.uses.openRide(residentID: 1)
        #expect(ride?.use.paymentState == .awaitingPayment)
    }

    @Test func anotherTapDuringThePaymentFindsTheKioskBusy() async throws {
        let terminal = ScriptedPaymentTerminal()
        let kiosk = try KioskFixture(terminal: terminal)
        _ = try await confirmRide(kiosk)
        let outcome = await kiosk.session.tap(kiosk.digest([9, 9, 9, 9]), device: "desk-reader")
        await kiosk.session.waitForPayment()
        #expect(outcome == .busy)
    }

    @Test func withoutATerminalTheRideWaitsForTheConcierge() async throws {
        let kiosk = try KioskFixture()
        let done = try await confirmRide(kiosk)
        #expect(done.kind == .done)
        #expect(done.lines.contains { $0.nl.contains("pinautomaat bij de conciërge") })
    }
}

extension KioskPaymentFlowTests {
    @Test func theConsoleCannotResetAPaymentScreen() async throws {
        let terminal = ScriptedPaymentTerminal()
        await terminal.holdNextAuthorization()
        let kiosk = try KioskFixture(terminal: terminal)
        let paying = try await confirmRide(kiosk)
        #expect(paying.kind == .paying)
        let after = await kiosk.session.reset(session: paying.session)
        #expect(after.kind == .paying)
        await terminal.release()
        await kiosk.session.waitForPayment()
        #expect(await kiosk.session.current().kind == .done)
    }
}
