import Crypto
import Foundation
import Logging
import PostgresNIO

/// What `hubcentral` does besides migrating: give a hub its own role, and list the hubs.
public struct CentralAdmin: Sendable {
    /// A hub as `hubcentral hubs` shows it.
    public struct HubSummary: Sendable, Equatable, Codable {
        public var id: String
        public var lastContact: Date?
        public var backlog: Int?
        public var payloadVersion: Int?
        public var hubVersion: String?
        public var epochs: [Epoch]
        public var events: Int
    }

    public struct Epoch: Sendable, Equatable, Codable {
        public var epoch: String
        public var firstSeq: Int64
        public var lastSeq: Int64
    }

    /// The role and password of a new hub, and the stanza for its hubd.toml.
    public struct NewHub: Sendable, Equatable {
        public var id: String
        public var role: String
        public var password: String
    }

    let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    /// A name central and every report use: lower case, digits and dashes, 2–40 characters.
    public static func validHubID(_ name: String) -> Bool {
        guard (2...40).contains(name.count), let first = name.first, first.isASCII, first.isLowercase else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// Creates the hub's login role (SCRAM, the only grants being the four hub functions) and
    /// its row, in one transaction.
    public func addHub(_ id: String, on connection: PostgresConnection) async throws -> NewHub {
        guard Self.validHubID(id) else {
            throw CentralError(.badSettings, "'\(id.prefix(40))' is not a hub name: use 2–40 lower-case letters, digits and dashes, starting with a letter")
        }
        let role = "hub_" + id.replacingOccurrences(of: "-", with: "_")
        let password = Self.newPassword()
        let statements = [
            "SET LOCAL password_encryption = 'scram-sha-256'",
            "CREATE ROLE \(role) LOGIN NOINHERIT PASSWORD '\(password)'",
            "GRANT USAGE ON SCHEMA central TO \(role)",
            "GRANT EXECUTE ON FUNCTION central.hello(int, text, int), central.event_hashes(text, bigint, bigint), central.ingest(jsonb, int), central.reference_since(bigint, int) TO \(role)",
        ]
        let logger = self.logger
        try await connection.withTransaction(logger: logger) { connection in
            for statement in statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query("INSERT INTO central.hub (id, role_name) VALUES (\(id), \(role))", logger: logger)
        }
        return NewHub(id: id, role: role, password: password)
    }

    public func hubs(on connection: PostgresConnection) async throws -> [HubSummary] {
        let rows = try await connection.query("""
            SELECT h.id, extract(epoch FROM h.last_contact)::float8, h.backlog, h.payload_version, h.hub_version,
                   coalesce((SELECT jsonb_agg(jsonb_build_object('epoch', e.epoch, 'firstSeq', e.first_seq, 'lastSeq', e.last_seq)
                                              ORDER BY e.last_seq) FROM central.epoch e WHERE e.hub_id = h.id), '[]')::text,
                   (SELECT count(*) FROM central.event v WHERE v.hub_id = h.id)
            FROM central.hub h ORDER BY h.id
            """, logger: logger)
        var hubs: [HubSummary] = []
        for try await (id, contact, backlog, version, hubVersion, epochs, events) in rows.decode((String, Double?, Int?, Int?, String?, String, Int64).self) {
            hubs.append(HubSummary(
                id: id, lastContact: contact.map { Date(timeIntervalSince1970: $0) }, backlog: backlog, payloadVersion: version,
                hubVersion: hubVersion, epochs: try JSONDecoder().decode([Epoch].self, from: Data(epochs.utf8)), events: Int(events)
            ))
        }
        return hubs
    }

    /// Events central holds of the hubs whose names start with `prefix`, and how many distinct
    /// (hub, epoch, seq) among them: for benchmarks and checks that nothing was doubled.
    public func tally(hubsStartingWith prefix: String, on connection: PostgresConnection) async throws -> (held: Int, distinct: Int) {
        for try await (held, distinct) in try await connection.query("""
            SELECT count(*)::int, count(DISTINCT (hub_id, epoch, seq))::int FROM central.event WHERE starts_with(hub_id, \(prefix))
            """, logger: logger).decode((Int, Int).self) {
            return (held, distinct)
        }
        return (0, 0)
    }

    /// 24 random bytes, base64url: no quote or backslash to escape in SQL or TOML.
    static func newPassword() -> String {
        let bytes = SymmetricKey(size: .init(bitCount: 192)).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
}

/// A connection and the logger its queries report to, for `hubcentral`'s commands.
public struct PostgresConnectionHandle: Sendable {
    /// The connection type, for code that holds one without importing postgres-nio.
    public typealias Connection = PostgresConnection

    public let connection: PostgresConnection
    public let logger: Logger

    public init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }
}
