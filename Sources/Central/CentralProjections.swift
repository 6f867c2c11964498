/// What the reports read, kept up to date by a trigger on `central.event`, so each batch's
/// events, their projections and the hub's cursor commit in one transaction (issue 17, point 3)
/// and a report reads a few indexed rows per parcel instead of the whole event history.
///
/// Each row holds an item's latest state: an event changes it only if its number is higher
/// than the one the row was made from (numbers rise across a hub's epochs), so a batch sent
/// again, or events resent after central was restored, change nothing. Only pseudonyms and
/// postcodes, like the events.
enum CentralProjections {
    static let schema: [String] = [
        """
        CREATE TABLE central.parcel (
            hub_id text NOT NULL, barcode text NOT NULL, received_on text NOT NULL, seq bigint NOT NULL,
            supplier text, resident text, outcome text, closed_on text, cold_chain boolean NOT NULL DEFAULT false,
            deadline_at text, outcome_at text,
            PRIMARY KEY (hub_id, barcode, received_on))
        """,
        "CREATE INDEX parcel_closed_on ON central.parcel (closed_on)",
        """
        CREATE TABLE central.not_home (
            hub_id text NOT NULL, parcel text NOT NULL, recorded_at text NOT NULL, recorded_on date NOT NULL,
            PRIMARY KEY (hub_id, parcel, recorded_at))
        """,
        "CREATE INDEX not_home_recorded_on ON central.not_home (recorded_on)",
        """
        CREATE TABLE central.service_use (
            hub_id text NOT NULL, id text NOT NULL, started_at text NOT NULL, seq bigint NOT NULL,
            service text, service_name text, kind text, resident text, started_on text, end_reason text,
            price_cents int NOT NULL DEFAULT 0, payment text,
            PRIMARY KEY (hub_id, id, started_at))
        """,
        "CREATE INDEX service_use_started_on ON central.service_use (started_on)",
        """
        CREATE TABLE central.movement (
            hub_id text NOT NULL, id text NOT NULL, at text NOT NULL,
            article text, article_name text, kind text, quantity int NOT NULL, booked_on text,
            PRIMARY KEY (hub_id, id, at))
        """,
        "CREATE INDEX movement_booked_on ON central.movement (booked_on)",
        """
        CREATE TABLE central.resident (
            hub_id text NOT NULL, resident text NOT NULL, seq bigint NOT NULL, postcode text, address text,
            erased boolean NOT NULL DEFAULT false,
            PRIMARY KEY (hub_id, resident))
        """,
        """
        CREATE FUNCTION central.project_event(e central.event) RETURNS void
        LANGUAGE plpgsql SET search_path = central, pg_temp AS $$
        DECLARE
            p jsonb := e.payload;
            whole text := '^-?[0-9]{1,9}$';
        BEGIN
            -- A payload without the fields an item is known by is kept as an event and left out of
            -- the figures; a bad number counts as none. Nothing here may refuse a batch.
            CASE e.kind
            WHEN 'parcel.received', 'parcel.changed' THEN
                IF p->>'barcode' IS NULL OR p->>'received_on' IS NULL THEN RETURN; END IF;
                INSERT INTO central.parcel AS t (hub_id, barcode, received_on, seq, supplier, resident, outcome, closed_on, cold_chain, deadline_at, outcome_at)
                VALUES (e.hub_id, p->>'barcode', p->>'received_on', e.seq, p->>'supplier', p->>'resident', p->>'outcome', p->>'closed_on',
                        coalesce(p->>'cold_chain' IN ('1', 'true'), false), p->>'deadline_at', p->>'outcome_at')
                ON CONFLICT (hub_id, barcode, received_on) DO UPDATE SET seq = EXCLUDED.seq, supplier = EXCLUDED.supplier,
                    resident = EXCLUDED.resident, outcome = EXCLUDED.outcome, closed_on = EXCLUDED.closed_on, cold_chain = EXCLUDED.cold_chain,
                    deadline_at = EXCLUDED.deadline_at, outcome_at = EXCLUDED.outcome_at
                WHERE t.seq < EXCLUDED.seq;
            WHEN 'delivery.attempted' THEN
                IF p->>'outcome' = 'not-home' AND p->>'parcel' IS NOT NULL AND p->>'recorded_at' IS NOT NULL THEN
                    -- A time the shape allows but the calendar does not (2026-02-30) must not refuse the batch.
                    BEGIN
                        INSERT INTO central.not_home VALUES (e.hub_id, p->>'parcel', p->>'recorded_at',
                            ((p->>'recorded_at')::timestamp AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Amsterdam')::date)
                        ON CONFLICT DO NOTHING;
                    EXCEPTION WHEN data_exception THEN
                        NULL;
                    END;
                END IF;
            WHEN 'service.used', 'service.changed' THEN
                IF p->>'id' IS NULL OR p->>'started_at' IS NULL THEN RETURN; END IF;
                INSERT INTO central.service_use AS t (hub_id, id, started_at, seq, service, service_name, kind, resident, started_on, end_reason, price_cents, payment)
                VALUES (e.hub_id, p->>'id', p->>'started_at', e.seq, p->>'service', p->>'service_name', p->>'kind', p->>'resident',
                        p->>'started_on', p->>'end_reason', CASE WHEN p->>'price_cents' ~ whole THEN (p->>'price_cents')::int ELSE 0 END, p->>'payment')
                ON CONFLICT (hub_id, id, started_at) DO UPDATE SET seq = EXCLUDED.seq, service = EXCLUDED.service,
                    service_name = EXCLUDED.service_name, kind = EXCLUDED.kind, resident = EXCLUDED.resident, started_on = EXCLUDED.started_on,
                    end_reason = EXCLUDED.end_reason, price_cents = EXCLUDED.price_cents, payment = EXCLUDED.payment
                WHERE t.seq < EXCLUDED.seq;
            WHEN 'stock.moved' THEN
                IF p->>'id' IS NULL OR p->>'at' IS NULL THEN RETURN; END IF;
                INSERT INTO central.movement VALUES (e.hub_id, p->>'id', p->>'at', p->>'article', p->>'article_name', p->>'kind',
                    CASE WHEN p->>'quantity' ~ whole THEN (p->>'quantity')::int ELSE 0 END, p->>'booked_on')
                ON CONFLICT DO NOTHING;
            WHEN 'resident.registered', 'resident.changed' THEN
                IF p->>'resident' IS NULL THEN RETURN; END IF;
                INSERT INTO central.resident AS t (hub_id, resident, seq, postcode, address)
                VALUES (e.hub_id, p->>'resident', e.seq, p->>'postcode', p->>'address')
                ON CONFLICT (hub_id, resident) DO UPDATE SET seq = EXCLUDED.seq, postcode = EXCLUDED.postcode, address = EXCLUDED.address
                WHERE t.seq < EXCLUDED.seq AND NOT t.erased;
            WHEN 'resident.erased' THEN
                IF p->>'resident' IS NULL THEN RETURN; END IF;
                INSERT INTO central.resident AS t (hub_id, resident, seq, erased) VALUES (e.hub_id, p->>'resident', e.seq, true)
                ON CONFLICT (hub_id, resident) DO UPDATE SET postcode = NULL, address = NULL, erased = true;
            ELSE
                NULL;
            END CASE;
        END $$
        """,
        """
        CREATE FUNCTION central.project() RETURNS trigger
        LANGUAGE plpgsql SET search_path = central, pg_temp AS $$
        BEGIN
            PERFORM central.project_event(NEW);
            RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER event_project AFTER INSERT ON central.event FOR EACH ROW EXECUTE FUNCTION central.project()
        """,
        """
        DO $$
        DECLARE e central.event;
        BEGIN
            FOR e IN SELECT * FROM central.event ORDER BY hub_id, seq LOOP
                PERFORM central.project_event(e);
            END LOOP;
        END $$
        """,
        "REVOKE ALL ON central.parcel, central.not_home, central.service_use, central.movement, central.resident FROM PUBLIC",
        "REVOKE ALL ON FUNCTION central.project_event(central.event), central.project() FROM PUBLIC",
    ]
}
