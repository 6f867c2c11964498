import Devices
import Foundation
import HTTPTypes
@testable import HubApp
import HubConfig
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import Workflows

/// `GET /metrics` in-process: who may scrape it, and that it reports in Prometheus's text format.
@Suite struct MetricsRouteTests {
    /// A hub with one intake scanner whose device node does not exist, so it stays waiting.
    static func hub() throws -> Hub {
        let directory = NSTemporaryDirectory() + "bh-metrics-" + String(UUID().uuidString.prefix(8))
        let text = """
            [hub]
            name = "metrics test"
            data_dir = "\(directory)"
            [[devices]]
            name = "intake-scanner"
            role = "intake"
            driver = "serial"
            path = "\(directory)/no-such-tty"
            """
        let configuration = try ConfigLoader.parse(text: text, file: "hubd.toml")
        return try Hub(configuration: configuration, simulate: false, logger: Logger(label: "metrics-test"))
    }

    @Test func aMonitorGetsTheTextFormatAndOthersAreRefused() async throws {
        let hub = try Self.hub()
        let app = Application(router: hub.makeRouter(identifier: HeaderCallerIdentifier()))
        try await app.test(.router) { client in
            for role in ["monitor", "admin"] {
                try await client.execute(uri: "/metrics", method: .get, headers: [HeaderCallerIdentifier.header: role]) { response in
                    #expect(response.status == .ok, "\(role)")
                    #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                }
            }
            for role in ["console", "staff", "console,staff"] {
                try await client.execute(uri: "/metrics", method: .get, headers: [HeaderCallerIdentifier.header: role]) { response in
                    #expect(response.status == .forbidden, "\(role)")
                    #expect(String(buffer: response.body).contains("wrong-role"))
                }
            }
        }
    }

    @Test func countsOutcomesDevicesAndDrops() async throws {
        let hub = try Self.hub()
        hub.metrics.scanned(.scanAccepted, elapsed: .milliseconds(3))
        hub.metrics.scanned(.scanDuplicate, elapsed: .milliseconds(1))
        hub.metrics.tapped(PassTapResult.kiosk(.unknown).label)
        hub.metrics.settled(.declined)
        await hub.board.update("intake-scanner", to: .waiting("no device"))
        await hub.board.recordDropped("intake-scanner", reason: .rateLimited, count: 3)
        let first = try await scrape(hub)
        #expect(first.contains(#"buurhub_scans_total{outcome="stored"} 1"#))
        #expect(first.contains(#"buurhub_scans_total{outcome="duplicate"} 1"#))
        #expect(first.contains(#"buurhub_scans_total{outcome="rejected"} 0"#))
        #expect(first.contains(#"buurhub_taps_total{outcome="unknown"} 1"#))
        #expect(first.contains(#"buurhub_payments_total{outcome="declined"} 1"#))
        #expect(first.contains(#"buurhub_scan_to_commit_seconds_count 1"#))
        #expect(first.contains(#"buurhub_scan_to_commit_seconds_bucket{le="0.005"} 1"#))
        #expect(first.contains(#"buurhub_scan_to_commit_seconds_bucket{le="0.002"} 0"#))
        #expect(first.contains(#"buurhub_device_connected{device="intake-scanner",role="intake",kind="serial"} 0"#), "\(first)")

        await hub.board.update("intake-scanner", to: .connected)
        await hub.board.recordDropped("intake-scanner", reason: .rateLimited, count: 2)
        let second = try await scrape(hub)
        #expect(second.contains(#"buurhub_device_connected{device="intake-scanner",role="intake",kind="serial"} 1"#))
        #expect(second.contains("buurhub_device_inputs_dropped_total{device=\"intake-scanner\",reason=\"\(InputRejection.Code.rateLimited)\"} 5"), "\(second)")
    }

    private func scrape(_ hub: Hub) async throws -> String {
        let app = Application(router: hub.makeRouter(identifier: HeaderCallerIdentifier()))
        return try await app.test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get, headers: [HeaderCallerIdentifier.header: "monitor"]) { response in
                String(buffer: response.body)
            }
        }
    }
}
