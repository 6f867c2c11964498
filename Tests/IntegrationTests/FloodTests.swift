import Devices
import Foundation
import Testing

/// A scanner stuck sending forever: a million codes into one pty while a concierge scans on
/// another. The real scan must land, and hubd's memory must stay bounded.
@Suite(.serialized) struct FloodTests {
    static let floodCount = 1_000_000

    @Test func aMillionCodesDoNotStarveAnotherScannerOrGrowMemory() throws {
        let flood = try PseudoTerminal()
        let hub = try Daemon(extraConfig: """

            [[devices]]
            name = "stuck-scanner"
            role = "intake"
            driver = "serial"
            path = "\(flood.slavePath)"
            """)
        try hub.start()
        let pid = try #require(hub.process?.processIdentifier)
        let baseline = Self.residentKiB(pid)
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
        try waitUntil(seconds: 30, "the first flood code") { Self.delivered(hub, device: "stuck-scanner") > 0 }
        try hub.scan("VG12345678")
        try waitUntil(seconds: 30, "the real scan") { (try? IntakeEndToEndTests.parcels(hub).contains { $0.barcode == "VG12345678" }) == true }
        try waitUntil(seconds: 300, "the writer") { writer.isFinished }
        try waitUntil(seconds: 120, "every flood code accounted for (\(Self.deviceJSON(hub, "stuck-scanner") ?? [:]))") {
            Self.accountedFor(hub, device: "stuck-scanner") >= Self.floodCount
        }
        let peak = Self.peakKiB(pid)
        #expect(peak - baseline < 64 * 1024, "hubd grew from \(baseline) KiB to a peak of \(peak) KiB")
        #expect(hub.kiosk(["status", "--json"]).exit == 0)
    }

    static func deviceJSON(_ hub: Daemon, _ device: String) -> [String: Any]? {
        let result = hub.kiosk(["status", "--json"])
        guard let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let devices = object["devices"] as? [[String: Any]] else { return nil }
        return devices.first { $0["name"] as? String == device }
    }

    static func delivered(_ hub: Daemon, device: String) -> Int {
        deviceJSON(hub, device)?["delivered"] as? Int ?? 0
    }

    /// Every code of the flood is either delivered or counted as dropped for a reason.
    static func accountedFor(_ hub: Daemon, device: String) -> Int {
        guard let entry = deviceJSON(hub, device) else { return 0 }
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
