import Devices
import Foundation
import Testing

/// A scanner stuck sending forever: a million codes into one pty while a concierge scans on
/// another. The real scan must land, and hubd's memory must stay bounded.
@Suite(.serialized) struct FloodTests {
    static let floodCount = 1_000_000

    @Test func aMillionCodesDoNotStarveAnotherScannerOrGrowMemory() async throws {
        let flood = try PseudoTerminal()
        let hub = try Daemon(extraConfig: """

            [[devices]]
            name = "stuck-scanner"
            role = "intake"
            driver = "serial"
            path = "\(flood.slavePath)"
            """)
        try await hub.start()
        let pid = try #require(hub.process?.processIdentifier)
        let baseline = Self.residentKiB(pid)
        let started = ContinuousClock.now
        let writer = Thread {
            var chunk = [UInt8]()
            chunk.reserveCapacity(64 * 1024)
            for index in 0..<Self.floodCount {
                chunk += Array(String(format: "F%07d\r", index).utf8)
                if chunk.count >= 60 * 1024 || index == Self.floodCount - 1 {
                    try? flood.write(chunk, waitingUpTo: .seconds(30))
                    chunk.removeAll(keepingCapacity: true)
                }
            }
        }
        writer.start()
        try await waitUntil(seconds: 30, "the first flood code") { await Self.delivered(hub, device: "stuck-scanner") > 0 }
        try hub.scan("VG12345678")
        try await waitUntil(seconds: 30, "the real scan") { (try? await IntakeEndToEndTests.parcels(hub).contains { $0.barcode == "VG12345678" }) == true }
        try await waitUntil(seconds: 300, "the writer") { writer.isFinished }
        try await waitUntil(seconds: 120, "every flood code accounted for (\(await Self.deviceJSON(hub, "stuck-scanner") ?? [:]))") {
            await Self.accountedFor(hub, device: "stuck-scanner") >= Self.floodCount
        }
        let peak = Self.peakKiB(pid)
        print("flood: \(Self.floodCount) codes accounted for in \(ContinuousClock.now - started); hubd RSS \(baseline) KiB before, peak \(peak) KiB")
        #expect(peak - baseline < 64 * 1024, "hubd grew from \(baseline) KiB to a peak of \(peak) KiB")
        #expect(await hub.kiosk(["status", "--json"]).exit == 0)
    }

    static func deviceJSON(_ hub: Daemon, _ device: String) async -> [String: Any]? {
        let result = await hub.kiosk(["status", "--json"])
        guard let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let devices = object["devices"] as? [[String: Any]] else { return nil }
        return devices.first { $0["name"] as? String == device }
    }

    static func delivered(_ hub: Daemon, device: String) async -> Int {
        await deviceJSON(hub, device)?["delivered"] as? Int ?? 0
    }

    /// Every code of the flood is either delivered or counted as dropped for a reason.
    static func accountedFor(_ hub: Daemon, device: String) async -> Int {
        guard let entry = await deviceJSON(hub, device) else { return 0 }
        let dropped = (entry["dropped"] as? [String: Int])?.values.reduce(0, +) ?? 0
        return (entry["delivered"] as? Int ?? 0) + dropped
    }

    static func residentKiB(_ pid: Int32) -> Int { statusField(pid, "VmRSS") }
    static func peakKiB(_ pid: Int32) -> Int { statusField(pid, "VmHWM") }

    static func statusField(_ pid: Int32, _ field: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        let line = text.split(separator: "\n").first { $0.hasPrefix(field + ":") }
        return Int(line?.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
