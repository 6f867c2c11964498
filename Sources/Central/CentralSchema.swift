import Logging
import PostgresNIO

/// Central's tables and functions, as numbered migrations that `hubcentral migrate` applies in
/// one transaction each and records in `central.schema_migration`.
///
/// Hubs hold no table privileges. Their role may call only `SECURITY DEFINER` functions
/// (`central.hello`, `central.event_hashes`, `central.ingest`, `central.reference_since`), which
/// take the hub from `session_user`: whatever a batch says, its events land under the caller's
/// own hub, no hub can read another's rows, and the reference data is read-only to all.
public enum CentralSchema {
    public struct Migration: Sendable {
        public var version: Int
        public var name: String
        /// One statement each: postgres-nio speaks only the extended protocol, which takes one
        /// statement per query.
        public var statements: [String]
    }

    /// The payload versions central reads once migrated: the current and the previous (issue 17,
    /// point 9). A migration that adds a version also drops the one before the previous from
    /// `central.accepted_version`; hubs still writing it keep their events queued and say so.
    public static let acceptedPayloadVersions = [1, 2]

    public static let migrations: [Migration] = [
        Migration(version: 1, name: "events", statements: events),
        Migration(version: 2, name: "ingest", statements: ingest),
        Migration(version: 3, name: "reference", statements: CentralReference.schema),
        Migration(version: 4, name: "payload-2", statements: payloadVersion2),
        Migration(version: 5, name: "projections", statements: CentralProjections.schema),
    ]

    /// Applies the migrations not yet applied, each in its own transaction; returns their names.
    public static func migrate(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await connection.query("CREATE SCHEMA IF NOT EXISTS central", logger: logger)
        try await connection.query("""
            CREATE TABLE IF NOT EXISTS central.schema_migration (
                version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """, logger: logger)
        var applied: [String] = []
        for migration in migrations {
            let done = try await connection.query(
                "SELECT 1 FROM central.schema_migration WHERE version = \(migration.version)", logger: logger
            ).collect()
            guard done.isEmpty else { continue }
            try await connection.withTransaction(logger: logger) { connection in
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO central.schema_migration (version, name) VALUES (\(migration.version), \(migration.name))", logger: logger
                )
            }
            applied.append("\(migration.version)-\(migration.name)")
        }
        return applied
    }

    static let events: [String] = [
        """
        CREATE TABLE central.hub (
            id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{1,39}$'),
            role_name text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now(),
            last_contact timestamptz,
            payload_version int,
            hub_version text,
            backlog int
        )
        """,
        """
        CREATE TABLE central.epoch (
            hub_id text NOT NULL REFERENCES central.hub(id),
            epoch text NOT NULL,
            first_seq bigint NOT NULL,
            last_seq bigint NOT NULL,
            first_seen timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (hub_id, epoch)
        )
        """,
        """
        CREATE TABLE central.event (
            hub_id text NOT NULL,
            epoch text NOT NULL,
            seq bigint NOT NULL,
            kind text NOT NULL,
            payload_version int NOT NULL,
            payload jsonb NOT NULL,
            hub_time text NOT NULL,
            clock_synced boolean NOT NULL,
            hash text NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (hub_id, epoch, seq),
            FOREIGN KEY (hub_id, epoch) REFERENCES central.epoch (hub_id, epoch)
        )
        """,
        """
        CREATE INDEX event_by_kind ON central.event (hub_id, kind)
        """,
        """
        CREATE TABLE central.accepted_version (payload_version int PRIMARY KEY)
        """,
        """
        INSERT INTO central.accepted_version VALUES (1)
        """,
        """
        REVOKE ALL ON ALL TABLES IN SCHEMA central FROM PUBLIC
        """,
    ]

    /// Version 2 adds a resident's address pseudonym where the hub shares it; an erasure takes
    /// it out of that resident's events as `ingest` takes out the postcode.
    static let payloadVersion2: [String] = [
        "INSERT INTO central.accepted_version VALUES (2) ON CONFLICT DO NOTHING",
        """
        CREATE FUNCTION central.forget_address() RETURNS trigger
        LANGUAGE plpgsql SET search_path = central, pg_temp AS $$
        BEGIN
            UPDATE central.event SET payload = payload - 'address'
            WHERE hub_id = NEW.hub_id AND kind IN ('resident.registered', 'resident.changed')
              AND payload->>'resident' = NEW.payload->>'resident';
            RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER event_forget_address AFTER INSERT ON central.event
        FOR EACH ROW WHEN (NEW.kind = 'resident.erased') EXECUTE FUNCTION central.forget_address()
        """,
    ]

    /// `hello` tells a hub what central holds of it; `ingest` stores one batch. Both raise the
    /// SQLSTATEs `CentralError` knows: BH001 a hash mismatch, BH002 a gap, BH003 a payload
    /// version central no longer reads.
    static let ingest: [String] = [
        """
        CREATE FUNCTION central.caller() RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = central, pg_temp AS $$
        DECLARE me text;
        BEGIN
            SELECT id INTO me FROM central.hub WHERE role_name = session_user;
            IF me IS NULL THEN
                RAISE EXCEPTION 'role % belongs to no hub', session_user USING ERRCODE = '42501';
            END IF;
            RETURN me;
        END $$
        """,
        """
        CREATE FUNCTION central.hello(payload_version int, hub_version text, backlog int) RETURNS jsonb
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = central, pg_temp AS $$
        DECLARE me text := central.caller();
        BEGIN
            UPDATE central.hub SET last_contact = now(), payload_version = hello.payload_version,
                hub_version = hello.hub_version, backlog = hello.backlog WHERE id = me;
            RETURN jsonb_build_object(
                'hub', me,
                'accepted_versions', (SELECT coalesce(jsonb_agg(v.payload_version ORDER BY v.payload_version), '[]'::jsonb) FROM central.accepted_version v),
                'epochs', coalesce((SELECT jsonb_agg(jsonb_build_object('epoch', epoch, 'first_seq', first_seq, 'last_seq', last_seq)
                                                     ORDER BY last_seq)
                                    FROM central.epoch WHERE hub_id = me), '[]'::jsonb));
        END $$
        """,
        """
        CREATE FUNCTION central.event_hashes(epoch text, first bigint, last bigint) RETURNS jsonb
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = central, pg_temp AS $$
            SELECT coalesce(jsonb_object_agg(seq::text, hash), '{}'::jsonb) FROM central.event
            WHERE hub_id = central.caller() AND event.epoch = event_hashes.epoch AND seq BETWEEN first AND last
        $$
        """,
        """
        CREATE FUNCTION central.ingest(batch jsonb, remaining int) RETURNS jsonb
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = central, pg_temp AS $$
        DECLARE
            me text := central.caller();
            e jsonb;
            num bigint;
            held_last bigint;
            held text;
            accepted int := 0;
            repeated int := 0;
        BEGIN
            FOR e IN SELECT value FROM jsonb_array_elements(batch) LOOP
                num := (e->>'seq')::bigint;
                IF NOT EXISTS (SELECT 1 FROM central.accepted_version v WHERE v.payload_version = (e->>'payload_version')::int) THEN
                    RAISE EXCEPTION 'payload version % is not read here', e->>'payload_version' USING ERRCODE = 'BH003',
                        DETAIL = 'update hubd; its events stay queued until then';
                END IF;
                SELECT epoch.last_seq INTO held_last FROM central.epoch WHERE hub_id = me AND epoch.epoch = e->>'epoch' FOR UPDATE;
                IF NOT FOUND THEN
                    INSERT INTO central.epoch (hub_id, epoch, first_seq, last_seq) VALUES (me, e->>'epoch', num, num - 1);
                    held_last := num - 1;
                ELSIF num > held_last + 1 THEN
                    RAISE EXCEPTION 'event % of epoch % would leave a gap after %', num, e->>'epoch', held_last USING ERRCODE = 'BH002',
                        DETAIL = 'central lacks events the hub no longer holds';
                END IF;
                INSERT INTO central.event (hub_id, epoch, seq, kind, payload_version, payload, hub_time, clock_synced, hash)
                VALUES (me, e->>'epoch', num, e->>'kind', (e->>'payload_version')::int, (e->>'payload')::jsonb,
                        e->>'hub_time', (e->>'clock_synced')::boolean, e->>'hash')
                ON CONFLICT DO NOTHING;
                IF FOUND THEN
                    accepted := accepted + 1;
                    UPDATE central.epoch SET last_seq = greatest(epoch.last_seq, num) WHERE hub_id = me AND epoch.epoch = e->>'epoch';
                    IF e->>'kind' = 'resident.erased' THEN
                        UPDATE central.event SET payload = payload - 'postcode'
                        WHERE hub_id = me AND kind IN ('resident.registered', 'resident.changed')
                          AND payload->>'resident' = (e->>'payload')::jsonb->>'resident';
                    END IF;
                ELSE
                    SELECT event.hash INTO held FROM central.event WHERE hub_id = me AND event.epoch = e->>'epoch' AND event.seq = num;
                    IF held IS DISTINCT FROM e->>'hash' THEN
                        RAISE EXCEPTION 'event % of epoch % differs from the one central holds', num, e->>'epoch' USING ERRCODE = 'BH001',
                            DETAIL = 'the hub''s history has forked from central''s (a clone or a restore)';
                    END IF;
                    repeated := repeated + 1;
                END IF;
            END LOOP;
            UPDATE central.hub SET last_contact = now(), backlog = remaining WHERE id = me;
            RETURN jsonb_build_object('accepted', accepted, 'repeated', repeated);
        END $$
        """,
        """
        REVOKE ALL ON FUNCTION central.caller(), central.hello(int, text, int), central.event_hashes(text, bigint, bigint), central.ingest(jsonb, int)
            FROM PUBLIC
        """,
    ]
}
