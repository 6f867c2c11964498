import GRDB

extension HubDatabase {
    /// What central needs, written by triggers in the transaction of the change itself, so no
    /// store method can forget an event and none is written for a change that rolled back
    /// (issue 17). Each event carries the next sequence number (one above the highest row, which
    /// `OutboxStore.purge` never deletes, so a number is never reused), the hub's current epoch,
    /// the payload's version, the hub's clock and whether that clock was synced, and a hash of
    /// all of these.
    ///
    /// Payloads hold what the reports need and no personal data: residents appear by pseudonym
    /// (`OutboxFunctions.pseudonym`) with their postcode; no names, addresses, phone numbers,
    /// free-text reasons, card numbers or staff names.
    static func createOutbox(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE outbox_epoch (
                singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                epoch TEXT NOT NULL,
                started_at DATETIME NOT NULL,
                reason TEXT NOT NULL
            );
            INSERT INTO outbox_epoch VALUES (1, lower(hex(randomblob(16))), \(OutboxFunctions.now)(), 'first start');
            CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY NOT NULL,
                epoch TEXT NOT NULL,
                kind TEXT NOT NULL,
                payload_version INTEGER NOT NULL,
                payload TEXT NOT NULL,
                hub_time DATETIME NOT NULL,
                clock_synced BOOLEAN NOT NULL,
                hash TEXT NOT NULL,
                uploaded_at DATETIME
            );
            CREATE INDEX outbox_waiting ON outbox(seq) WHERE uploaded_at IS NULL;
            """)
        for trigger in OutboxTrigger.all(version: 1) {
            try db.execute(sql: trigger.sql)
        }
        for trigger in OutboxTrigger.all(version: 1) where trigger.event == "INSERT" {
            try trigger.backfill(db)
        }
    }
}

extension HubDatabase {
    /// Payload version 2 names the service of a service use and the article of a stock movement,
    /// so central can name a service or article that only the hub knows, and gives a resident's
    /// address pseudonym where the hub shares it. Events already in the
    /// outbox keep version 1 and their hash; central reads both (issue 17, point 9).
    static func writePayloadVersion2(_ db: Database) throws {
        for trigger in OutboxTrigger.all(version: 2) {
            try db.execute(sql: "DROP TRIGGER IF EXISTS outbox_\(trigger.name)")
            try db.execute(sql: trigger.sql)
        }
        try db.execute(sql: """
            CREATE TABLE outbox_sharing (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), addresses BOOLEAN NOT NULL);
            INSERT INTO outbox_sharing VALUES (1, 0);
            """)
    }

    /// When `[central] share` turns address pseudonyms on or off, every resident's event is
    /// written again with the pseudonym or without it, so central counts unique addresses over
    /// all residents or forgets them.
    static func applySharing(addresses: Bool, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT addresses FROM outbox_sharing") != addresses else { return }
        try db.execute(sql: "UPDATE resident SET postcode = postcode WHERE erased_at IS NULL")
        try db.execute(sql: "UPDATE outbox_sharing SET addresses = ?", arguments: [addresses])
    }
}

/// One trigger: which change on which table becomes which kind of event, and its payload as a
/// `json_object(…)` over `NEW`. Each migration writes the triggers of its own payload version,
/// so a database upgraded from any point ends with the same triggers as a new one.
struct OutboxTrigger {
    /// 1: migrations v14 and v15. 2: from v16, with `service_name`, `article_name` and `address`.
    static let payloadVersion = 2

    var version = OutboxTrigger.payloadVersion
    var name: String
    var event: String
    var table: String
    var kind: String
    var payload: String
    /// A `WHEN` clause over `OLD` and `NEW`: the trigger writes only when it holds.
    var condition: String? = nil

    /// The next number is a scalar subquery of its own: as a subquery in `FROM`, SQLite may
    /// flatten it into the join once the hub's functions are deterministic, and then reads the
    /// whole outbox for every event (`OutboxTests.anEventCostsTheSameWhateverTheOutboxHolds`).
    var sql: String {
        """
        CREATE TRIGGER outbox_\(name) AFTER \(event) ON \(table)\(condition.map { " WHEN " + $0 } ?? "") BEGIN
          INSERT INTO outbox (seq, epoch, kind, payload_version, payload, hub_time, clock_synced, hash)
          SELECT s.seq, s.epoch, '\(kind)', \(version), s.payload, s.now, \(OutboxFunctions.clockSynced)(),
                 \(OutboxFunctions.hash)(s.epoch, s.seq, '\(kind)', \(version), s.payload, s.now)
          FROM (SELECT coalesce((SELECT max(seq) FROM outbox), 0) + 1 AS seq, (SELECT epoch FROM outbox_epoch) AS epoch,
                       \(payload) AS payload, \(OutboxFunctions.now)() AS now) s
          WHERE \(OutboxFunctions.enabled)();
        END
        """
    }

    /// The rows that existed before the outbox, as the events their insert would have written
    /// (with their present state), so central's history starts with the hub's and not with
    /// the upgrade.
    func backfill(_ db: Database) throws {
        let base = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM outbox") ?? 0
        try db.execute(sql: """
            INSERT INTO outbox (seq, epoch, kind, payload_version, payload, hub_time, clock_synced, hash)
            SELECT r.seq, e.epoch, '\(kind)', \(version), r.payload, t.now, \(OutboxFunctions.clockSynced)(),
                   \(OutboxFunctions.hash)(e.epoch, r.seq, '\(kind)', \(version), r.payload, t.now)
            FROM (SELECT ? + row_number() OVER (ORDER BY r.rowid) AS seq,
                         \(payload.replacingOccurrences(of: "NEW.", with: "r.")) AS payload
                  FROM \(table) r) r,
                 outbox_epoch e, (SELECT \(OutboxFunctions.now)() AS now) t
            ORDER BY r.seq
            """, arguments: [base])
    }

    static func all(version: Int) -> [OutboxTrigger] {
        let (serviceUse, stockMoved) = version >= 2 ? (serviceUseV2, stockMovedV2) : (serviceUseV1, stockMovedV1)
        let resident = version >= 2 ? residentV2 : residentV1
        let triggers = [
            OutboxTrigger(name: "resident_registered", event: "INSERT", table: "resident", kind: "resident.registered", payload: resident),
            OutboxTrigger(name: "parcel_received", event: "INSERT", table: "parcel", kind: "parcel.received", payload: parcel),
            OutboxTrigger(
                name: "parcel_changed", event: "UPDATE OF supplier_id, resident_id, outcome, outcome_at, closed_on, attempts",
                table: "parcel", kind: "parcel.changed", payload: parcel
            ),
            OutboxTrigger(name: "delivery_attempted", event: "INSERT", table: "delivery_attempt", kind: "delivery.attempted", payload: """
                json_object('id', NEW.id, 'parcel', NEW.parcel_id, 'outcome', NEW.outcome, 'recorded_at', NEW.recorded_at)
                """),
            OutboxTrigger(name: "service_used", event: "INSERT", table: "service_use", kind: "service.used", payload: serviceUse),
            OutboxTrigger(
                name: "service_changed", event: "UPDATE OF ended_at, end_reason, review_state, price_cents, payment, payment_state",
                table: "service_use", kind: "service.changed", payload: serviceUse
            ),
            OutboxTrigger(name: "payment_started", event: "INSERT", table: "payment", kind: "payment.changed", payload: payment),
            OutboxTrigger(name: "payment_changed", event: "UPDATE OF status, completed", table: "payment", kind: "payment.changed", payload: payment),
            OutboxTrigger(name: "credit_moved", event: "INSERT", table: "credit_movement", kind: "credit.moved", payload: """
                json_object('id', NEW.id, 'resident', \(OutboxFunctions.pseudonym)(NEW.resident_id), 'amount_cents', NEW.amount_cents,
                            'service_use', NEW.service_use_id, 'at', NEW.at)
                """),
            OutboxTrigger(name: "stock_moved", event: "INSERT", table: "movement", kind: "stock.moved", payload: stockMoved),
            OutboxTrigger(name: "audit_recorded", event: "INSERT", table: "audit", kind: "audit.recorded", payload: """
                json_object('id', NEW.id, 'at', NEW.at, 'staff', NEW.staff_id, 'action', NEW.action,
                            'resident', \(OutboxFunctions.pseudonym)(NEW.resident_id))
                """),
            OutboxTrigger(name: "resident_moved", event: "UPDATE OF postcode", table: "resident", kind: "resident.changed", payload: resident),
            OutboxTrigger(name: "resident_erased", event: "INSERT", table: "erasure", kind: "resident.erased", payload: """
                json_object('resident', \(OutboxFunctions.pseudonym)(NEW.resident_id), 'erased_at', NEW.erased_at, 'reason', NEW.reason)
                """),
        ] + (version >= 2 ? [residentReaddressed] : [])
        return triggers.map { trigger in
            var versioned = trigger
            versioned.version = version
            return versioned
        }
    }

    /// A move within the postcode is news to central only where the hub shares address
    /// pseudonyms: without sharing both pseudonyms are null and nothing is written.
    private static let residentReaddressed = OutboxTrigger(
        name: "resident_readdressed", event: "UPDATE OF street, house_number", table: "resident", kind: "resident.changed", payload: residentV2,
        condition: """
            \(OutboxFunctions.addressPseudonym)(NEW.street, NEW.house_number, NEW.postcode) IS NOT \(OutboxFunctions.addressPseudonym)(OLD.street, OLD.house_number, OLD.postcode)
            """
    )

    private static let parcel = """
        json_object('id', NEW.id, 'barcode', NEW.barcode, 'supplier', NEW.supplier_id, 'received_at', NEW.received_at,
                    'received_on', NEW.received_on, 'resident', \(OutboxFunctions.pseudonym)(NEW.resident_id),
                    'cold_chain', NEW.cold_chain, 'medication', NEW.medication, 'outcome', NEW.outcome,
                    'deadline_at', NEW.deadline_at, 'outcome_at', NEW.outcome_at, 'closed_on', NEW.closed_on, 'attempts', NEW.attempts)
        """
    private static let stockMovedV1 = """
        json_object('id', NEW.id, 'kind', NEW.kind, 'article', (SELECT number FROM article WHERE id = NEW.article_id),
                    'quantity', NEW.quantity, 'delta', NEW.delta, 'resident', \(OutboxFunctions.pseudonym)(NEW.resident_id),
                    'parcel', NEW.parcel_id, 'loan', NEW.loan_id, 'reverses', NEW.reverses_id, 'at', NEW.at, 'booked_on', NEW.booked_on)
        """
    private static let stockMovedV2 = """
        json_object('id', NEW.id, 'kind', NEW.kind, 'article', (SELECT number FROM article WHERE id = NEW.article_id),
                    'article_name', (SELECT name FROM article WHERE id = NEW.article_id),
                    'quantity', NEW.quantity, 'delta', NEW.delta, 'resident', \(OutboxFunctions.pseudonym)(NEW.resident_id),
                    'parcel', NEW.parcel_id, 'loan', NEW.loan_id, 'reverses', NEW.reverses_id, 'at', NEW.at, 'booked_on', NEW.booked_on)
        """
    private static let serviceUseV1 = """
        json_object('id', NEW.id, 'resident', \(OutboxFunctions.pseudonym)(NEW.resident_id),
                    'service', (SELECT code FROM service WHERE id = NEW.service_id), 'kind', NEW.kind,
                    'started_at', NEW.started_at, 'started_on', NEW.started_on, 'ended_at', NEW.ended_at,
                    'end_reason', NEW.end_reason, 'review_state', NEW.review_state, 'price_cents', NEW.price_cents,
                    'payment', NEW.payment, 'payment_state', NEW.payment_state)
        """
    private static let serviceUseV2 = """
        json_object('id', NEW.id, 'resident', \(OutboxFunctions.pseudonym)(NEW.resident_id),
                    'service', (SELECT code FROM service WHERE id = NEW.service_id),
                    'service_name', (SELECT name FROM service WHERE id = NEW.service_id), 'kind', NEW.kind,
                    'started_at', NEW.started_at, 'started_on', NEW.started_on, 'ended_at', NEW.ended_at,
                    'end_reason', NEW.end_reason, 'review_state', NEW.review_state, 'price_cents', NEW.price_cents,
                    'payment', NEW.payment, 'payment_state', NEW.payment_state)
        """
    private static let payment = """
        json_object('id', NEW.id, 'reference', NEW.reference, 'amount_cents', NEW.amount_cents, 'status', NEW.status,
                    'completed', NEW.completed, 'service_use', NEW.service_use_id, 'created_on', NEW.created_on,
                    'finished_at', NEW.finished_at, 'result_code', NEW.result_code)
        """
    private static let residentV1 = """
        json_object('resident', \(OutboxFunctions.pseudonym)(NEW.id), 'postcode', NEW.postcode)
        """
    /// `address` is null unless the hub shares address pseudonyms (`[central] share`).
    private static let residentV2 = """
        json_object('resident', \(OutboxFunctions.pseudonym)(NEW.id), 'postcode', NEW.postcode,
                    'address', \(OutboxFunctions.addressPseudonym)(NEW.street, NEW.house_number, NEW.postcode))
        """
}
