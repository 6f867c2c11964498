import Foundation
import Testing

/// The shipped units (hubd, and the kiosk console on tty1), checked by systemd's own tools
/// offline: each must verify cleanly and keep its hardening score at 1.5 or below.
@Suite struct SystemdUnitTests {
    static let analyze = URL(fileURLWithPath: "/usr/bin/systemd-analyze")

    /// The unit as shipped, with ExecStart pointing at the binary this test run built, since
    /// `verify` checks that the program exists.
    static func unitUnderTest(_ name: String) throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../systemd/\(name).service")
        let text = try String(contentsOf: source, encoding: .utf8)
            .replacingOccurrences(of: "/usr/bin/hubd", with: Binaries.hubd.path)
            .replacingOccurrences(of: "/usr/bin/kiosk", with: Binaries.kiosk.path)
        let directory = NSTemporaryDirectory() + "bh-unit-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try text.write(toFile: directory + "/\(name).service", atomically: true, encoding: .utf8)
        return directory + "/\(name).service"
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyze.path), "needs systemd-analyze (scripts/test installs systemd)"),
          arguments: ["hubd", "kiosk"])
    func theUnitVerifiesAndScoresAtMostOnePointFive(_ name: String) async throws {
        let unit = try Self.unitUnderTest(name)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: unit).deletingLastPathComponent().path) }
        let verify = await Command.run(Self.analyze, ["verify", unit])
        #expect(verify.exit == 0 && verify.stderr.isEmpty && verify.stdout.isEmpty, "\(verify.stdout)\(verify.stderr)")

        let security = await Command.run(Self.analyze, ["security", "--offline=true", "--no-pager", unit])
        let line = security.stdout.split(separator: "\n").first { $0.contains("Overall exposure level") }
        let score = line?.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }
        let value = try #require(score, "\(security.stdout.suffix(500))\(security.stderr)")
        #expect(value <= 1.5, "exposure \(value)")
        let text = try String(contentsOfFile: unit, encoding: .utf8)
        #expect(name != "hubd" || (text.contains("Type=notify") && text.contains("WatchdogSec=")))
        #expect(name != "kiosk" || (text.contains("PrivateNetwork=yes") && text.contains("TTYPath=/dev/tty1")))
    }
}
