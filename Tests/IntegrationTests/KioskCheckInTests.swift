import Foundation
import Inventory
import Testing
import Workflows

/// A resident's ride through the running hubd: taps on a pty pass reader, keys through the socket.
@Suite(.serialized) struct KioskCheckInTests {
    static func kioskConfig(doubleTap: Int) -> String {
        """

        [kiosk]
        double_tap_seconds = \(doubleTap)
        idle_seconds = 30
        """
    }

    func hubWithResident(doubleTap: Int = 2) async throws -> Daemon {
        let daemon = try Daemon(extraConfig: Self.kioskConfig(doubleTap: doubleTap))
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        try await daemon.addService("markt", kind: "ride", name: "Rit naar de markt", price: "1,50", payment: "pin")
        try await daemon.enrol("BZ-001", uid: "E3086CED")
        return daemon
    }

    @Test func enrolmentThenRideCheckInAndCheckOut() async throws {
        let daemon = try await hubWithResident()
        let greeting = try await daemon.tapAndWait("E3086CED")
        #expect(greeting.kind == .choice)
        #expect(greeting.headline.en.hasSuffix("Marie J."))
        #expect(!greeting.text().contains("Jansen"))
        #expect(greeting.options.first?.label.nl == "Rit naar de markt")

        let confirm = try await daemon.press("1")
        #expect(confirm.kind == .confirm)
        #expect(confirm.headline.en == "€ 1.50")
        let open = try await daemon.json([ServiceUseView].self, ["rides", "--open"])
        #expect(open.isEmpty, "nothing is booked before the resident confirms")

        let done = try await daemon.press("1")
        #expect(done.kind == .done)
        #expect(done.headline.en == "Have a good trip!")
        let checkedIn = try await daemon.json([ServiceUseView].self, ["rides", "--open"])
        #expect(checkedIn.count == 1)
        #expect(checkedIn.first?.use.paymentState == .awaitingPayment)

        try await Task.sleep(for: .seconds(2.2))
        let back = try await daemon.tapAndWait("E3086CED")
        #expect(back.options.first?.label.en == "Back from: Rit naar de markt — check out")
        #expect(!back.options.contains { $0.label.nl == "Rit naar de markt" }, "one open ride at a time")
        let welcome = try await daemon.press("1")
        #expect(welcome.headline.en == "Welcome back!")
        #expect(try await daemon.json([ServiceUseView].self, ["rides", "--open"]).isEmpty)
        let rides = try await daemon.json([ServiceUseView].self, ["rides"])
        #expect(rides.count == 1)
        #expect(rides.first?.use.endReason == .tap)
    }

    @Test func aRepeatTapChangesNothing() async throws {
        let daemon = try await hubWithResident(doubleTap: 10)
        try await daemon.tapAndWait("E3086CED")
        _ = try await daemon.press("1")
        _ = try await daemon.press("1")
        let repeated = try await daemon.tapAndWait("E3086CED")
        #expect(repeated.headline.en == "You are already checked in")
        #expect(repeated.options.isEmpty)
        #expect(try await daemon.json([ServiceUseView].self, ["rides"]).count == 1)
        #expect(try await daemon.json([ServiceUseView].self, ["rides", "--open"]).count == 1)
    }

    @Test func twoResidentsWithinASecondOnTwoReaders() async throws {
        let daemon = try await hubWithResident()
        try await daemon.addResident("BZ-002", name: "Kees de Vries")
        try await daemon.enrol("BZ-002", uid: "A1B2C3D4")
        try await daemon.tap("E3086CED")
        try await daemon.tapAtDesk("A1B2C3D4")
        var screen = try await daemon.screen()
        try await waitUntil(seconds: 10, "both taps to be handled") {
            screen = try await daemon.screen()
            return screen.lines.contains { $0.en.contains("someone else is using the kiosk") }
        }
        #expect(screen.headline.en.hasSuffix("Marie J."), "the first resident keeps the screen")
        #expect(!screen.text().contains("Kees"), "the second resident's name is never shown")
        #expect(daemon.log().contains("outcome=busy") || daemon.log().contains("busy"))
        _ = try await daemon.press("0")
        let second = try await daemon.tapAndWait("A1B2C3D4", desk: true)
        #expect(second.headline.en.hasSuffix("Kees V."))
    }

    @Test func aKeyNotOnScreenIsRefusedAndChangesNothing() async throws {
        let daemon = try await hubWithResident()
        let greeting = try await daemon.tapAndWait("E3086CED")
        let result = await daemon.kiosk(["simulate", "key", "7"])
        #expect(result.exit == 65)
        #expect(result.stderr.contains("That key does nothing here"))
        #expect(try await daemon.screen() == greeting)
    }
}
