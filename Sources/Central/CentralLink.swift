import Foundation
import Logging
import PostgresNIO
import Synchronization

/// One event as it crosses to central: the outbox row, with the payload as JSON text.
public struct UploadEvent: Sendable, Equatable, Codable {
    public var seq: Int64
    public var epoch: String
    public var kind: String
    public var payloadVersion: Int
    public var payload: String
    public var hubTime: String
    public var clockSynced: Bool
    public var hash: String

    public init(seq: Int64, epoch: String, kind: String, payloadVersion: Int, payload: String, hubTime: String, clockSynced: Bool, hash: String) {
        self.seq = seq
        self.epoch = epoch
        self.kind = kind
        self.payloadVersion = payloadVersion
        self.payload = payload
        self.hubTime = hubTime
        self.clockSynced = clockSynced
        self.hash = hash
    }

    enum CodingKeys: String, CodingKey {
        case seq, epoch, kind, payload, hash
        case payloadVersion = "payload_version"
        case hubTime = "hub_time"
        case clockSynced = "clock_synced"
    }
}

/// What central holds of the calling hub.
public struct CentralHello: Sendable, Equatable, Decodable {
    public struct Epoch: Sendable, Equatable, Decodable {
        public var epoch: String
        public var firstSeq: Int64
        public var lastSeq: Int64

        enum CodingKeys: String, CodingKey {
            case epoch
            case firstSeq = "first_seq"
            case lastSeq = "last_seq"
        }
    }

    public var hub: String
    public var acceptedVersions: [Int]
    public var epochs: [Epoch]
    /// Central's newest reference version; nil from a central before migration 3.
    public var referenceVersion: Int64?
    /// The load that made that version.
    public var referenceLoad: String?

    /// The highest number central holds from this hub, in any epoch.
    public var lastSeq: Int64 { epochs.map(\.lastSeq).max() ?? 0 }

    enum CodingKeys: String, CodingKey {
        case hub, epochs
        case acceptedVersions = "accepted_versions"
        case referenceVersion = "reference_version"
        case referenceLoad = "reference_load"
    }
}

/// Reference changes above a hub's version, in version order.
public struct CentralReferencePage: Sendable, Equatable, Decodable {
    public struct Change: Sendable, Equatable, Decodable {
        public var kind: String
        public var key: String
        public var version: Int64
        /// The item's JSON, as `hubcentral reference load` stored it.
        public var body: String
        /// The load that made this version.
        public var load: String?
    }

    public var latest: Int64
    public var latestLoad: String?
    /// The load that made the version the hub asked above, as central has it; nil when central
    /// has no such version (restored from an older dump).
    public var heldLoad: String?
    /// The page held as many changes as asked for: more may follow.
    public var full: Bool
    public var changes: [Change]

    /// The version a hub holds once it has applied this page, and the load that made it.
    public var through: Int64 { full ? (changes.last?.version ?? latest) : latest }
    public var throughLoad: String? { full ? (changes.last?.load ?? latestLoad) : latestLoad }

    enum CodingKeys: String, CodingKey {
        case latest, full, changes
        case latestLoad = "latest_load"
        case heldLoad = "held_load"
    }
}

public struct IngestReceipt: Sendable, Equatable, Decodable {
    public var accepted: Int
    public var repeated: Int
}

/// A hub's conversation with central over one connection that lives only for the
/// conversation, so a hub without a backlog holds none. Not a `PostgresClient`: its pool keeps
/// retrying a refused connection in the background while the query waits, and the uploader
/// wants the refusal at once, to back off on its own schedule. Every call has a deadline,
/// because postgres-nio has none of its own (after a server crash its first query waited 67 s).
public struct CentralLink: Sendable {
    public let endpoint: CentralEndpoint
    public let deadline: Duration
    let logger: Logger

    public init(endpoint: CentralEndpoint, deadline: Duration = .seconds(30), logger: Logger) {
        self.endpoint = endpoint
        self.deadline = deadline
        self.logger = logger
    }

    /// Connects, runs `body`, and closes the connection whatever happens.
    public func conversation<T: Sendable>(_ body: @Sendable (CentralConversation) async throws -> T) async throws -> T {
        do {
            let connection = try await endpoint.connect(timeout: deadline, logger: logger)
            do {
                let result = try await body(CentralConversation(connection: connection, deadline: deadline, logger: logger))
                try? await connection.close()
                return result
            } catch {
                try? await connection.close()
                throw error
            }
        } catch {
            throw CentralError(error)
        }
    }
}

/// The calls a hub may make; each gives up after the link's deadline.
public struct CentralConversation: Sendable {
    let connection: PostgresConnection
    let deadline: Duration
    let logger: Logger

    public func hello(payloadVersion: Int, hubVersion: String, backlog: Int) async throws -> CentralHello {
        let text = try await single("SELECT central.hello(\(payloadVersion)::int, \(hubVersion), \(backlog)::int)::text")
        return try JSONDecoder().decode(CentralHello.self, from: Data(text.utf8))
    }

    /// Central's hashes of this hub's events `first...last` in `epoch`, by number.
    public func eventHashes(epoch: String, from first: Int64, through last: Int64) async throws -> [Int64: String] {
        let text = try await single("SELECT central.event_hashes(\(epoch), \(first), \(last))::text")
        let byText = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        return Dictionary(uniqueKeysWithValues: byText.compactMap { key, hash in Int64(key).map { ($0, hash) } })
    }

    /// Central stores the batch in one transaction; when this returns, it has committed.
    public func ingest(_ events: [UploadEvent], remaining: Int) async throws -> IngestReceipt {
        let batch = String(decoding: try JSONEncoder().encode(events), as: UTF8.self)
        let text = try await single("SELECT central.ingest(\(batch)::jsonb, \(remaining)::int)::text")
        return try JSONDecoder().decode(IngestReceipt.self, from: Data(text.utf8))
    }

    /// Up to `limit` reference changes above `version`.
    public func referenceSince(_ version: Int64, limit: Int = CentralReference.pageLimit) async throws -> CentralReferencePage {
        let text = try await single("SELECT central.reference_since(\(version), \(limit)::int)::text")
        return try JSONDecoder().decode(CentralReferencePage.self, from: Data(text.utf8))
    }

    private func single(_ query: PostgresQuery) async throws -> String {
        guard let text = try await optional(query) else {
            throw CentralError(.server, "central answered nothing to \(query.sql.prefix(40))")
        }
        return text
    }

    private func optional(_ query: PostgresQuery) async throws -> String? {
        let connection = self.connection
        let logger = self.logger
        return try await Deadline.run(within: deadline, what: "central") {
            let rows = try await connection.query(query, logger: logger)
            for try await value in rows.decode(String?.self) {
                return value
            }
            return nil
        }
    }
}

/// Races an operation against a timer and returns as soon as either finishes. The operation
/// is cancelled on timeout but not waited for, since a query on a dead connection may not
/// notice cancellation until the connection closes.
enum Deadline {
    static func run<T: Sendable>(within limit: Duration, what: String, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let race = Race<T>()
        return try await withCheckedThrowingContinuation { continuation in
            race.start(
                continuation,
                work: Task { race.finish(await Result { try await operation() }) },
                timer: Task {
                    guard (try? await Task.sleep(for: limit)) != nil else { return }
                    race.finish(.failure(CentralError(.unreachable, "\(what) did not answer within \(limit.components.seconds) s")))
                }
            )
        }
    }

    /// Whoever finishes first resumes the caller and cancels the other.
    private final class Race<T: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<T, any Error>?
            var tasks: [Task<Void, Never>] = []
            var early: Result<T, any Error>?
        }

        private let state = Mutex(State())

        func start(_ continuation: CheckedContinuation<T, any Error>, work: Task<Void, Never>, timer: Task<Void, Never>) {
            let early: Result<T, any Error>? = state.withLock { state in
                state.tasks = [work, timer]
                if let early = state.early { return early }
                state.continuation = continuation
                return nil
            }
            if let early {
                work.cancel()
                timer.cancel()
                continuation.resume(with: early)
            }
        }

        func finish(_ result: Result<T, any Error>) {
            let (continuation, tasks): (CheckedContinuation<T, any Error>?, [Task<Void, Never>]) = state.withLock { state in
                guard let continuation = state.continuation else {
                    if state.tasks.isEmpty, state.early == nil { state.early = result }
                    return (nil, [])
                }
                state.continuation = nil
                return (continuation, state.tasks)
            }
            tasks.forEach { $0.cancel() }
            continuation?.resume(with: result)
        }
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
