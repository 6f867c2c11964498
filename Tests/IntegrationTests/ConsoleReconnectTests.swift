import Foundation
import KioskKit
import Testing

/// The full-screen console in a real terminal (tmux) against a real hubd that goes away and
/// comes back, as after a crash or an update on the kiosk's Raspberry Pi.
@Suite(.serialized, .enabled(if: ConsoleSession.isAvailable, "needs tmux"))
struct ConsoleReconnectTests {
    static let idle = "HOLD YOUR PASS TO THE READER"
    static let banner = "One moment — the kiosk is reconnecting"

    @Test func showsTheReconnectBannerWhileHubdIsAwayAndIdleWhenItIsBack() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        let console = try await ConsoleSession(arguments: ["--socket", daemon.socketPath, "--lang", "en"])

        let first = try await console.waitForHeadline(Self.idle)
        #expect(!first.joined().contains(Self.banner))
        // The console draws idle before its event stream is up; let it subscribe, so this tests
        // a live stream being dropped rather than a connect racing hubd's shutdown.
        try await Task.sleep(for: .seconds(1))

        await daemon.signal(SIGTERM)
        let away = try await console.waitForText(Self.banner)
        #expect(ConsoleSession.headline(in: away) == Self.idle, "the idle screen stays under the banner")

        try await daemon.start()
        try await console.waitForScreen("the idle screen without the banner") { screen in
            ConsoleSession.headline(in: screen) == Self.idle && !screen.joined().contains(Self.banner)
        }
        await console.stop()
    }

    @Test func aKeyThatIsNotOnScreenShowsAHintAndCtrlCExitsCleanly() async throws {
        let daemon = try Daemon()
        try await daemon.start()
        let console = try await ConsoleSession(arguments: ["--socket", daemon.socketPath, "--lang", "en"])
        try await console.waitForScreen("idle and connected") { screen in
            ConsoleSession.headline(in: screen) == Self.idle && !screen.joined().contains(Self.banner)
        }
        // The idle screen is drawn before the event stream is up; keys wait for the connection.
        try await Task.sleep(for: .seconds(1))

        try await console.sendKeys("7")
        try await console.waitForText("That key does nothing here — choose one of the numbers on the screen")

        try await console.sendKeys("C-c")
        #expect(try await console.waitForExit() == 0)
        await console.stop()
    }

    @Test func refusesToRunWithoutATerminal() async {
        let result = await Command.run(Binaries.kiosk, ["--socket", NSTemporaryDirectory() + "no-hubd.sock", "--lang", "en"])
        #expect(result.exit == 64)
        #expect(result.stderr.contains("kiosk console needs a terminal — run it on the kiosk screen, or use `kiosk feed` for a plain event log"))
        #expect(result.stdout.isEmpty, "nothing meant for a screen goes into the file")
    }
}
