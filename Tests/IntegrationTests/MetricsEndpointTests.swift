import Foundation
import Testing

/// `GET /metrics` through the running hubd: a scan through the pty moves the scan counter and
/// the scan-to-commit histogram, and device states come from the status board.
@Suite(.serialized) struct MetricsEndpointTests {
    @Test func aScanMovesTheCounterAndTheHistogram() async throws {
        let hub = try Daemon()
        try await hub.start()
        let before = try await Self.scrape(hub)
        #expect(before.value(#"buurhub_device_connected{device="intake-scanner",role="intake",kind="serial"}"#) == 1, "\(before.text)")

        try hub.scan("VG00424242")
        try await waitUntil(seconds: 10, "the scan to be stored") { hub.log().contains("scan stored") }
        let after = try await Self.scrape(hub)
        let stored = #"buurhub_scans_total{outcome="stored"}"#
        #expect(after.value(stored) == (before.value(stored) ?? -1) + 1, "\(after.text)")
        let count = "buurhub_scan_to_commit_seconds_count"
        #expect(after.value(count) == (before.value(count) ?? -1) + 1)
        #expect(after.value(#"buurhub_scan_to_commit_seconds_bucket{le="+Inf"}"#) == after.value(count))
        #expect((after.value("buurhub_scan_to_commit_seconds_sum") ?? 0) > 0)
        #expect(!after.text.contains("VG00424242"), "no barcode in a label")
    }

    struct Scrape {
        let text: String

        /// The value of the sample whose name and labels are exactly `series`.
        func value(_ series: String) -> Double? {
            for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
                return Double(line.dropFirst(series.count + 1))
            }
            return nil
        }
    }

    static func scrape(_ hub: Daemon) async throws -> Scrape {
        let result = await hub.kiosk(["metrics"])
        try #require(result.exit == 0, "kiosk metrics: \(result.stderr)")
        return Scrape(text: result.stdout)
    }
}
