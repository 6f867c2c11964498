import Foundation
import Inventory
import Logging
import Testing

/// Power-loss stand-in: SIGKILL in the middle of a stream of scans. Every scan hubd
/// acknowledged ("scan stored" in its journal, written after the commit) must be there once.
@Suite(.serialized) struct CrashSafetyTests {
    @Test func everyAcknowledgedScanSurvivesSIGKILL() async throws {
        let hub = try Daemon()
        try await hub.start()
        let codes = (0..<600).map { String(format: "VG%08d", $0) }
        let writer = Thread {
            for code in codes where !Thread.current.isCancelled {
                try? hub.scan(code)
                usleep(2_000)
            }
        }
        writer.start()
        try await waitUntil(seconds: 60, "100 acknowledged scans") { Self.acknowledged(in: hub.log()).count >= 100 }
        await hub.signal(SIGKILL)
        writer.cancel()
        let acknowledged = Self.acknowledged(in: hub.log())
        #expect(acknowledged.count >= 100)
        #expect(acknowledged.count < codes.count, "the kill must land mid-stream")

        try await hub.start()
        let stored = try await IntakeEndToEndTests.parcels(hub).map(\.barcode)
        let counts = Dictionary(grouping: stored, by: { $0 }).mapValues(\.count)
        for code in acknowledged {
            #expect(counts[code] == 1, "acknowledged scan \(code) stored \(counts[code] ?? 0) times")
        }
        #expect(counts.values.allSatisfy { $0 == 1 })
        await hub.signal(SIGTERM)
        let database = try HubDatabase(path: hub.directory + "/data/hub.sqlite", logger: Logger(label: "test"))
        #expect(try database.integrityCheck() == "ok")
    }

    /// Only complete log lines count: a line cut off by the kill was not an acknowledgement.
    static func acknowledged(in log: String) -> [String] {
        log.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            guard line.contains("scan stored"), line.hasSuffix("scan stored"),
                  let range = line.range(of: "barcode=") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != " " })
        }
    }
}
