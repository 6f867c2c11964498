import Foundation
import HubAPI
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 13, point 4: a second hubd configured with a scanner the first one already holds. It
/// must say the port is busy, and must not take a single byte of the first hub's scans. The
/// tests run as root, which TIOCEXCL alone does not stop: the kernel lets root open an
/// exclusive tty, so hubd must look for the exclusive flag itself.
@Suite(.serialized) struct SecondDaemonTests {
    @Test func aSecondHubdOnTheSamePortIsRefusedAndStealsNothing() async throws {
        let first = try Daemon()
        try await first.start(warmUp: false)
        try await waitUntil(seconds: 20, "the first hubd to hold its scanner") { try await Self.scanner(of: first)?.state == "connected" }

        let second = try Daemon()
        let config = try String(contentsOfFile: second.configPath, encoding: .utf8)
            .replacingOccurrences(of: second.scanner.slavePath + "\"", with: first.scanner.slavePath + "\"")
        try config.write(toFile: second.configPath, atomically: true, encoding: .utf8)
        try await second.start(warmUp: false)

        var refused: StatusResponse.Device?
        try await waitUntil(seconds: 20, "the second hubd to report the scanner busy") {
            refused = try await Self.scanner(of: second)
            return refused?.state != "connected" && refused?.reason?.contains("held by another program") == true
        }
        #expect(refused?.path == first.scanner.slavePath)
        #expect(second.log().contains("held by another program"), "the journal says why: \(second.log().suffix(1500))")

        for number in 0..<5 {
            try first.scan("VG0013\(String(format: "%04d", number))")
        }
        try await waitUntil(seconds: 20, "the first hubd to store all five scans") {
            CrashSafetyTests.acknowledged(in: first.log()).count == 5
        }
        #expect(!second.log().contains("VG0013"), "the second hubd read none of the first one's scans")
        #expect(try await Self.scanner(of: first)?.state == "connected")
        await second.signal(SIGTERM)
        await first.signal(SIGTERM)
    }

    static func scanner(of hub: Daemon) async throws -> StatusResponse.Device? {
        let status = await hub.kiosk(["status", "--json"])
        guard status.exit == 0 else { return nil }
        let response = try HubJSON.decoder().decode(StatusResponse.self, from: Data(status.stdout.utf8))
        return response.devices.first { $0.name == "intake-scanner" }
    }
}
