import Central
import Foundation
import Logging

/// Issue 17's benchmark: many hubs coming back to central at once. Each simulated hub is a
/// real hub role talking through `CentralLink`, as hubd does: it connects over TLS, says hello
/// and sends its backlog in batches. 20 % of the hubs were offline for a day and hold a day of
/// deliveries (600 a month: 20 a day, three events each); the others hold the last few minutes.
/// Measured: from central coming back until each hub's cursor is current (every event
/// committed), p50/p95/max over hubs, and rows a second; then central's own count is checked for
/// nothing lost and nothing doubled.
struct CentralConvergence {
    struct Options {
        var hubs = 1000
        var offlineShare = 0.2
        var deliveriesPerMonth = 600
        var concurrency = 100
        var endpoint: CentralEndpoint
    }

    struct Result: Codable {
        var hubs: Int
        var offlineHubs: Int
        var events: Int
        var seconds: Double
        var rowsPerSecond: Double
        var perHub: LatencySummary
        var centralEvents: Int
        var lost: Int
        var doubled: Int
    }

    let options: Options
    let logger: Logger

    func run() async throws -> Result {
        let admin = try await options.endpoint.connect(logger: logger)
        do {
            let result = try await measure(admin)
            try await admin.close()
            return result
        } catch {
            try? await admin.close()
            throw error
        }
    }

    private func measure(_ admin: PostgresConnectionHandle.Connection) async throws -> Result {
        _ = try await CentralSchema.migrate(admin, logger: logger)
        let run = String(UUID().uuidString.prefix(6)).lowercased()
        var hubs: [(id: String, password: String, events: [UploadEvent])] = []
        let offline = Int(Double(options.hubs) * options.offlineShare)
        for index in 0..<options.hubs {
            let id = "b\(run)-\(index)"
            let hub = try await CentralAdmin(logger: logger).addHub(id, on: admin)
            let deliveries = index < offline ? options.deliveriesPerMonth / 30 : 1
            hubs.append((id, hub.password, Self.events(deliveries: deliveries)))
        }
        let started = ContinuousClock.now
        let durations = try await withThrowingTaskGroup(of: Duration.self) { group in
            var pending = hubs[...]
            var finished: [Duration] = []
            for _ in 0..<min(options.concurrency, pending.count) {
                if let hub = pending.popFirst() { group.addTask { try await send(hub, since: started) } }
            }
            while let duration = try await group.next() {
                finished.append(duration)
                if let hub = pending.popFirst() { group.addTask { try await send(hub, since: started) } }
            }
            return finished
        }
        let seconds = LatencySummary.milliseconds(ContinuousClock.now - started) / 1000
        let sent = hubs.map(\.events.count).reduce(0, +)
        let (held, distinct) = try await CentralAdmin(logger: logger).tally(hubsStartingWith: "b\(run)-", on: admin)
        return Result(
            hubs: options.hubs, offlineHubs: offline, events: sent, seconds: seconds, rowsPerSecond: Double(sent) / seconds,
            perHub: LatencySummary(durations), centralEvents: held, lost: sent - distinct, doubled: held - distinct
        )
    }

    private func send(_ hub: (id: String, password: String, events: [UploadEvent]), since started: ContinuousClock.Instant) async throws -> Duration {
        var endpoint = options.endpoint
        endpoint.user = "hub_" + hub.id.replacingOccurrences(of: "-", with: "_")
        endpoint.password = hub.password
        let link = CentralLink(endpoint: endpoint, logger: logger)
        try await link.conversation { talk in
            _ = try await talk.hello(payloadVersion: 1, hubVersion: "bench", backlog: hub.events.count)
            var rest = hub.events[...]
            while !rest.isEmpty {
                let batch = Array(rest.prefix(500))
                rest = rest.dropFirst(batch.count)
                _ = try await talk.ingest(batch, remaining: rest.count)
            }
        }
        return ContinuousClock.now - started
    }

    /// A day of one hub's deliveries as its outbox would send them: each parcel received, its
    /// attempt, and its change.
    static func events(deliveries: Int) -> [UploadEvent] {
        let epoch = UUID().uuidString.lowercased()
        var events: [UploadEvent] = []
        for parcel in 1...max(1, deliveries) {
            let barcode = "VG" + String(100_000_000 + parcel).dropFirst()
            let received = #"{"id":\#(parcel),"barcode":"\#(barcode)","supplier":"vegro","received_at":"2026-12-01 07:42:00.000","received_on":"2026-12-01","resident":"5f2b0c8e9d1a4b7c6e3f2a1b0c9d8e7f","cold_chain":0,"medication":0,"deadline_at":null,"outcome":null,"outcome_at":null,"closed_on":null,"attempts":0}"#
            let attempt = #"{"id":\#(parcel),"parcel":\#(parcel),"outcome":"contact","recorded_at":"2026-12-01 10:12:00.000"}"#
            let changed = received.replacingOccurrences(of: #""outcome":null"#, with: #""outcome":"contact""#)
                .replacingOccurrences(of: #""closed_on":null"#, with: #""closed_on":"2026-12-01""#)
            for (kind, payload) in [("parcel.received", received), ("delivery.attempted", attempt), ("parcel.changed", changed)] {
                let seq = Int64(events.count + 1)
                events.append(UploadEvent(
                    seq: seq, epoch: epoch, kind: kind, payloadVersion: 1, payload: payload,
                    hubTime: "2026-12-01 10:12:00.000", clockSynced: true, hash: "\(epoch)-\(seq)"
                ))
            }
        }
        return events
    }
}

extension CentralConvergence {
    static let usage = "usage: hub-bench central HUBS URL PASSWORD_FILE CA_FILE [--json]   (scripts/bench-central starts a central for it)"

    /// `hub-bench central 1000 postgresql://central_admin@127.0.0.1:PORT/central PASSWORD_FILE CA_FILE`
    static func main(_ arguments: [String]) async throws -> Int32 {
        guard arguments.count >= 4, let hubs = Int(arguments[0]), hubs > 0,
              let password = try? String(contentsOfFile: arguments[2], encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        else {
            BenchRun.complain(usage)
            return 64
        }
        let endpoint = try CentralEndpoint.parse(url: arguments[1], password: password, caFile: arguments[3]).get()
        var logger = Logger(label: "hub-bench")
        logger.logLevel = .warning
        let result = try await CentralConvergence(options: Options(hubs: hubs, endpoint: endpoint), logger: logger).run()
        if arguments.contains("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            print("""
                hub-bench central: \(result.hubs) hubs (\(result.offlineHubs) offline for a day), \(result.events) events
                from central coming back to every cursor current: \(String(format: "%.2f", result.seconds)) s, \(Int(result.rowsPerSecond)) rows/s
                per hub until current, ms: p50 \(Int(result.perHub.medianMs))  p95 \(Int(result.perHub.p95Ms))  max \(Int(result.perHub.maxMs))
                central holds \(result.centralEvents): lost \(result.lost), doubled \(result.doubled)
                """)
        }
        return result.lost == 0 && result.doubled == 0 ? 0 : 1
    }
}
