import Foundation
import Logging
import PostgresNIO

/// The reference data central owns and hubs pull (issue 17, point 5): suppliers with their
/// rates, the service catalogue and Vegro's article catalogue, one row per item, each change
/// numbered from one sequence.
///
/// A hub asks for the changes above the version it holds. That only works if no change becomes
/// visible after one with a higher number, so writers take a lock that orders them (readers
/// are not held up): a version is drawn and committed before the next writer draws one.
///
/// Every version is also logged with the id of the load that made it. A central restored from
/// an older dump hands out numbers again that hubs already hold; a hub sees that the version it
/// holds was made by another load (or is missing) and takes everything again.
public enum CentralReference {
    /// One item as `hubcentral reference load` writes it: the body is the hub's own JSON form.
    public struct Item: Sendable, Equatable {
        public var kind: String
        public var key: String
        public var body: String

        public init(kind: String, key: String, body: String) {
            self.kind = kind
            self.key = key
            self.body = body
        }
    }

    public struct Loaded: Sendable, Equatable {
        public var changed: Int
        public var unchanged: Int
        public var version: Int64
    }

    /// An item as `hubcentral reference list` shows it.
    public struct Entry: Sendable, Equatable, Codable {
        public var kind: String
        public var key: String
        public var version: Int64
        public var changedAt: Date
    }

    /// Loads items in one transaction; an item whose body equals central's keeps its version and
    /// draws none, so the version counts changes.
    public static func load(_ items: [Item], on connection: PostgresConnection, logger: Logger) async throws -> Loaded {
        try await connection.withTransaction(logger: logger) { connection in
            try await connection.query("LOCK TABLE central.reference IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            var changed = 0
            for try await count in try await connection.query("""
                WITH input AS (
                    SELECT i.kind, i.key, i.body::jsonb AS body, i.n
                    FROM unnest(\(items.map(\.kind))::text[], \(items.map(\.key))::text[], \(items.map(\.body))::text[]) WITH ORDINALITY AS i(kind, key, body, n)),
                changed AS (
                    SELECT input.* FROM input LEFT JOIN central.reference r ON r.kind = input.kind AND r.key = input.key
                    WHERE r.body IS DISTINCT FROM input.body),
                up AS (
                    INSERT INTO central.reference (kind, key, version, body)
                    SELECT kind, key, nextval('central.reference_version'), body FROM changed ORDER BY n
                    ON CONFLICT (kind, key) DO UPDATE SET version = EXCLUDED.version, body = EXCLUDED.body, changed_at = now()
                    RETURNING version),
                logged AS (
                    INSERT INTO central.reference_change (version, load_id) SELECT version, \(UUID().uuidString.lowercased()) FROM up
                    RETURNING 1)
                SELECT count(*)::int FROM logged
                """, logger: logger).decode(Int.self) {
                changed = count
            }
            var version: Int64 = 0
            for try await latest in try await connection.query("SELECT coalesce(max(version), 0) FROM central.reference", logger: logger).decode(Int64.self) {
                version = latest
            }
            return Loaded(changed: changed, unchanged: items.count - changed, version: version)
        }
    }

    public static func list(on connection: PostgresConnection, logger: Logger) async throws -> [Entry] {
        var entries: [Entry] = []
        for try await (kind, key, version, changed) in try await connection.query("""
            SELECT kind, key, version, extract(epoch FROM changed_at)::float8 FROM central.reference ORDER BY kind, key
            """, logger: logger).decode((String, String, Int64, Double).self) {
            entries.append(Entry(kind: kind, key: key, version: version, changedAt: Date(timeIntervalSince1970: changed)))
        }
        return entries
    }

    /// The most a hub takes in one page, which it applies in one transaction.
    public static let pageLimit = 500

    static let schema: [String] = [
        """
        CREATE SEQUENCE central.reference_version
        """,
        """
        CREATE TABLE central.reference (
            kind text NOT NULL CHECK (kind IN ('supplier', 'service', 'article')),
            key text NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
            version bigint NOT NULL UNIQUE,
            body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
            changed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (kind, key)
        )
        """,
        """
        CREATE TABLE central.reference_change (version bigint PRIMARY KEY, load_id text NOT NULL)
        """,
        """
        REVOKE ALL ON central.reference, central.reference_version, central.reference_change FROM PUBLIC
        """,
        """
        CREATE FUNCTION central.reference_since(above bigint, most int) RETURNS jsonb
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = central, pg_temp AS $$
            WITH me AS (SELECT central.caller() AS hub),
            slice AS (SELECT kind, key, version, body FROM central.reference, me
                      WHERE me.hub IS NOT NULL AND version > above ORDER BY version LIMIT greatest(least(most, 1000), 1))
            SELECT jsonb_build_object(
                'latest', (SELECT coalesce(max(version), 0) FROM central.reference),
                'latest_load', (SELECT load_id FROM central.reference_change WHERE version = (SELECT max(version) FROM central.reference)),
                'held_load', (SELECT load_id FROM central.reference_change WHERE version = above),
                'full', (SELECT count(*) FROM slice) >= greatest(least(most, 1000), 1),
                'changes', coalesce((SELECT jsonb_agg(jsonb_build_object('kind', kind, 'key', key, 'version', slice.version, 'body', body::text,
                                                                         'load', c.load_id)
                                                      ORDER BY slice.version)
                                     FROM slice LEFT JOIN central.reference_change c ON c.version = slice.version), '[]'::jsonb))
        $$
        """,
        """
        REVOKE ALL ON FUNCTION central.reference_since(bigint, int) FROM PUBLIC
        """,
        """
        CREATE OR REPLACE FUNCTION central.hello(payload_version int, hub_version text, backlog int) RETURNS jsonb
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = central, pg_temp AS $$
        DECLARE me text := central.caller();
        BEGIN
            UPDATE central.hub SET last_contact = now(), payload_version = hello.payload_version,
                hub_version = hello.hub_version, backlog = hello.backlog WHERE id = me;
            RETURN jsonb_build_object(
                'hub', me,
                'accepted_versions', (SELECT coalesce(jsonb_agg(v.payload_version ORDER BY v.payload_version), '[]'::jsonb) FROM central.accepted_version v),
                'reference_version', (SELECT coalesce(max(version), 0) FROM central.reference),
                'reference_load', (SELECT load_id FROM central.reference_change WHERE version = (SELECT max(version) FROM central.reference)),
                'epochs', coalesce((SELECT jsonb_agg(jsonb_build_object('epoch', epoch, 'first_seq', first_seq, 'last_seq', last_seq)
                                                     ORDER BY last_seq)
                                    FROM central.epoch WHERE hub_id = me), '[]'::jsonb));
        END $$
        """,
        """
        DO $$
        DECLARE r text;
        BEGIN
            FOR r IN SELECT role_name FROM central.hub LOOP
                EXECUTE format('GRANT EXECUTE ON FUNCTION central.reference_since(bigint, int) TO %I', r);
            END LOOP;
        END $$
        """,
    ]
}
