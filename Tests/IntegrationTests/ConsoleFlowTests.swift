import Foundation
import KioskKit
import Testing

/// The resident's flow on the real full-screen console in tmux: a tap on the pty pass reader, a
/// choice on the keypad, and the idle timeout that wipes the screen.
@Suite(.serialized, .enabled(if: ConsoleSession.isAvailable, "needs tmux"))
struct ConsoleFlowTests {
    static let idle = "HOLD YOUR PASS TO THE READER"

    func hubWithResident(extra: String = "") async throws -> Daemon {
        let daemon = try Daemon(extraConfig: "\n[kiosk]\nidle_seconds = 4\n" + extra)
        try await daemon.start()
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        try await daemon.addService("markt", kind: "ride", name: "Rit naar de markt", price: "1,50", payment: "pin")
        try await daemon.enrol("BZ-001", uid: "E3086CED")
        return daemon
    }

    @Test func tapChoiceAndIdleTimeoutOnTheRenderedScreen() async throws {
        let daemon = try await hubWithResident()
        let console = try await ConsoleSession(arguments: ["--socket", daemon.socketPath, "--lang", "en"])
        try await console.waitForHeadline(Self.idle)
        try await Task.sleep(for: .seconds(1))

        try await daemon.tap("E3086CED")
        let greeting = try await Self.waitForGreeting(console).joined(separator: "\n")
        #expect(greeting.contains("Rit naar de markt"))
        #expect(greeting.contains("€ 1.50"))
        #expect(!greeting.contains("Jansen"), "a first name and an initial at most")

        try await console.sendKeys("1")
        let confirm = try await console.waitForHeadline("€ 1.50").joined(separator: "\n")
        #expect(confirm.contains("You pay € 1.50 by bank card"))
        #expect(confirm.contains("Is this right?"))

        let wiped = try await console.waitForHeadline(Self.idle, seconds: 15).joined(separator: "\n")
        #expect(!wiped.contains("Rit naar de markt"), "the timeout wipes the resident's screen")
        #expect(!wiped.contains("MARIE"))
        #expect(try await daemon.screen().kind == .idle, "hubd forgot the session too")
        #expect(try await daemon.json([ServiceUseViewJSON].self, ["rides"]).isEmpty, "nothing was booked without a confirm")
        await console.stop()
    }

    /// "Good morning", "Good afternoon" or "Good evening", whenever CI runs.
    @discardableResult
    static func waitForGreeting(_ console: ConsoleSession) async throws -> [String] {
        try await console.waitForScreen("the greeting") { ConsoleSession.headline(in: $0)?.hasSuffix("MARIE J.") == true }
    }

    @Test func hubdRestartingMidScreenBringsTheConsoleBackToIdle() async throws {
        let daemon = try await hubWithResident()
        let console = try await ConsoleSession(arguments: ["--socket", daemon.socketPath, "--lang", "en"])
        try await console.waitForHeadline(Self.idle)
        try await Task.sleep(for: .seconds(1))
        try await daemon.tap("E3086CED")
        try await Self.waitForGreeting(console)

        await daemon.signal(SIGTERM)
        let away = try await console.waitForText("One moment — the kiosk is reconnecting").joined(separator: "\n")
        #expect(!away.contains("MARIE") && !away.contains("Rit naar de markt"), "no resident data stays on screen")
        try await daemon.start()
        try await console.waitForScreen("idle again after the restart") { screen in
            ConsoleSession.headline(in: screen) == Self.idle && !screen.joined().contains("reconnecting")
        }
        await console.stop()
    }
}

extension ConsoleFlowTests {
    @Test func staffPassAndPINOpenStaffModeWithoutShowingThePIN() async throws {
        let daemon = try await hubWithResident()
        let console = try await ConsoleSession(arguments: ["--socket", daemon.socketPath, "--lang", "en"])
        try await console.waitForHeadline(Self.idle)
        try await Task.sleep(for: .seconds(1))
        try await daemon.tap("5A00C0DE")
        try await console.waitForHeadline("PIN")
        try await console.sendKeys("4", "3", "2", "1")
        let typed = try await console.waitForText("●  ●  ●  ●").joined(separator: "\n")
        #expect(!typed.contains("4321"), "the PIN is never shown")
        try await console.sendKeys("Enter")
        let menu = try await console.waitForHeadline("STAFF").joined(separator: "\n")
        #expect(menu.contains("Enrol a pass"))
        #expect(menu.contains("Ride review queue (0)"))
        #expect(!daemon.log().contains("4321"), "nor logged")
        await console.stop()
    }
}

/// Only what this test reads of a ride.
struct ServiceUseViewJSON: Decodable {
    var serviceCode: String
}
