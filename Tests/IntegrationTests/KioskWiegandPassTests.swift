import Devices
import Foundation
import HubAPI
import Testing
import Workflows

/// A pass enrolled on a reader that prints the whole UID is recognised on a Wiegand-26 reader,
/// which sees only 24 bits, and a pass enrolled on a Wiegand reader on a full one: the same
/// card, through the real hubd and pty readers.
@Suite(.serialized) struct KioskWiegandPassTests {
    @Test func aCardIsRecognisedAcrossFullAndWiegandReaders() async throws {
        let wiegand = try PseudoTerminal()
        let mifare = try PseudoTerminal()
        defer {
            wiegand.close()
            mifare.close()
        }
        let daemon = try Daemon(extraConfig: Self.readers(wiegand: wiegand.slavePath, mifare: mifare.slavePath))
        try await daemon.start()
        try await Self.warmUp(daemon, [("wiegand-reader", wiegand), ("mifare-reader", mifare)])
        try await daemon.loginAsStaff()
        try await daemon.addResident("BZ-001", name: "Marie Jansen")
        try await daemon.addResident("BZ-002", name: "Rob de Boer")

        // 92 A7 82 30 on the RDM6300 reader; a Wiegand-26 reader prints 0xA78230 = 10977840.
        try await daemon.enrol("BZ-001", uid: "92A78230")
        let onWiegand = try await Self.tapAndWait(daemon, wiegand, "10977840")
        #expect(onWiegand.headline.en.hasSuffix("Marie J."), "\(onWiegand.text())")
        _ = try await daemon.press("0")

        // A1 B2 C3 D4 on the reversed reader prints 0xD4C3B2 = 13943730; then the desk reader
        // prints the whole UID in hex.
        let enrolled = try await Self.enrol(daemon, "BZ-002", on: mifare, "13943730")
        #expect(enrolled.exit == 0, "\(enrolled.stderr)")
        let onDesk = try await daemon.tapAndWait("A1B2C3D4", desk: true)
        #expect(onDesk.headline.en.hasSuffix("Rob B."), "\(onDesk.text())")
        _ = try await daemon.press("0")

        // A card sharing the 24 bits of Marie's fully enrolled card is another card on a full reader.
        let other = try await daemon.tapAndWait("11A78230", desk: true)
        #expect(other.lines.first?.en == "We do not know this pass — please ask the concierge", "\(other.text())")
    }

    static func readers(wiegand: String, mifare: String) -> String {
        """

        [[devices]]
        name = "wiegand-reader"
        role = "pass"
        driver = "serial"
        path = "\(wiegand)"
        terminator = "CR"
        uid_format = "wiegand26"
        repeat_window_ms = 100

        [[devices]]
        name = "mifare-reader"
        role = "pass"
        driver = "serial"
        path = "\(mifare)"
        terminator = "CR"
        uid_format = "wiegand26-reversed"
        repeat_window_ms = 100
        """
    }

    /// As `Daemon.warmUpPassReaders`: a throwaway card on each extra reader until hubd reports
    /// it, so the test's own taps go to readers that are reading.
    static func warmUp(_ daemon: Daemon, _ readers: [(String, PseudoTerminal)]) async throws {
        for (device, reader) in readers {
            let marker = "device=\(device) outcome="
            try await waitUntil(seconds: 20, "\(device) to read a tap") {
                if daemon.log().contains(marker) { return true }
                try reader.write(Array("1\r".utf8))
                try await Task.sleep(for: .milliseconds(500))
                return daemon.log().contains(marker)
            }
        }
    }

    static func tapAndWait(_ daemon: Daemon, _ reader: PseudoTerminal, _ number: String) async throws -> ConsoleScreen {
        let before = try await daemon.screen()
        try reader.write(Array((number + "\r").utf8))
        var latest = before
        try await waitUntil(seconds: 10, "the console to react to a tap") {
            latest = try await daemon.screen()
            return latest != before && latest.kind != .idle
        }
        return latest
    }

    /// `kiosk passes enroll`, with the card tapped on `reader` once hubd waits for it.
    static func enrol(_ daemon: Daemon, _ reference: String, on reader: PseudoTerminal, _ number: String) async throws -> CommandResult {
        let command = Task { await daemon.kiosk(["passes", "enroll", reference]) }
        try await waitUntil(seconds: 50, "hubd to wait for a tap") { try await daemon.waitingForTap() }
        try reader.write(Array((number + "\r").utf8))
        return await command.value
    }
}
