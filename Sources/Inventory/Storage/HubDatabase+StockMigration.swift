import GRDB

extension HubDatabase {
    /// Vegro's consignment stock: articles, an append-only movement ledger and the caches the
    /// ledger's triggers keep (levels per article, the state of each loan unit).
    static func createStock(_ db: Database) throws {
        try createArticles(db)
        try createMovements(db)
        try createUnitsAndLoans(db)
        try createOrderSlips(db)
        try createLedgerTriggers(db)
    }

    private static func createArticles(_ db: Database) throws {
        try db.create(table: "article") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("number", .text).notNull().unique()
            t.column("name", .text).notNull()
            t.column("category", .text).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('loan','consumable','hygiene')")
            t.column("minimum_level", .integer).notNull().check(sql: "minimum_level >= 0")
            t.column("target_level", .integer).notNull().check(sql: "target_level >= minimum_level")
            t.column("loan_weeks", .integer).notNull().check(sql: "loan_weeks > 0")
            t.column("max_loan_weeks", .integer).notNull().check(sql: "max_loan_weeks >= loan_weeks")
            t.column("created_at", .datetime).notNull()
        }
        try db.create(table: "article_gtin") { t in
            t.column("gtin", .text).primaryKey()
            t.column("article_id", .integer).notNull().references("article").indexed()
        }
        try db.create(table: "stock_level") { t in
            t.column("article_id", .integer).primaryKey().references("article")
            t.column("quantity", .integer).notNull()
        }
    }

    private static func createMovements(_ db: Database) throws {
        try db.create(table: "movement") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("kind", .text).notNull()
                .check(sql: "kind IN ('received','issued','returned','cleaned','sent-back','adjusted','written-off')")
            t.column("article_id", .integer).notNull().references("article")
            t.column("serial", .text)
            t.column("batch", .text)
            t.column("expires_on", .text)
            t.column("quantity", .integer).notNull().check(sql: "quantity BETWEEN 1 AND 9999")
            t.column("delta", .integer).notNull()
            t.column("resident_id", .integer).references("resident", onDelete: .setNull).indexed()
            t.column("parcel_id", .integer).references("parcel", onDelete: .setNull)
            t.column("loan_id", .integer)
            t.column("order_slip_id", .integer)
            t.column("reverses_id", .integer).references("movement")
            t.column("inspector", .text)
            t.column("reason", .text)
            t.column("actor_id", .integer)
            t.column("actor_name", .text).notNull()
            t.column("device", .text)
            t.column("at", .datetime).notNull()
            t.column("booked_on", .text).notNull()
        }
        try db.create(index: "movement_article", on: "movement", columns: ["article_id", "booked_on"])
        try db.create(index: "movement_day", on: "movement", columns: ["booked_on", "article_id"])
        try db.create(index: "movement_serial", on: "movement", columns: ["serial"], condition: Column("serial") != nil)
        try db.create(index: "movement_expiry", on: "movement", columns: ["article_id", "expires_on", "batch"],
                      condition: Column("expires_on") != nil)
    }

    private static func createUnitsAndLoans(_ db: Database) throws {
        try db.create(table: "stock_unit") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("article_id", .integer).notNull().references("article")
            t.column("serial", .text).notNull().unique()
            t.column("state", .text).notNull()
                .check(sql: "state IN ('in-stock','issued','at-resident','returned','cleaning','written-off','sent-back')")
            t.column("updated_at", .datetime).notNull()
        }
        try db.create(index: "stock_unit_article_state", on: "stock_unit", columns: ["article_id", "state"])
        try db.create(table: "loan") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("article_id", .integer).notNull().references("article")
            t.column("serial", .text).notNull()
            t.column("resident_id", .integer).references("resident", onDelete: .setNull).indexed()
            t.column("parcel_id", .integer).references("parcel", onDelete: .setNull)
            t.column("issued_at", .datetime).notNull()
            t.column("issued_on", .text).notNull()
            t.column("due_on", .text).notNull()
            t.column("extended_on", .text)
            t.column("agreed_by", .text)
            t.column("override_reason", .text)
            t.column("closed_at", .datetime)
        }
        try db.execute(sql: "CREATE UNIQUE INDEX loan_open_serial ON loan(serial) WHERE closed_at IS NULL")
        try db.execute(sql: "CREATE INDEX loan_open_due ON loan(due_on) WHERE closed_at IS NULL")
    }

    private static func createOrderSlips(_ db: Database) throws {
        try db.create(table: "order_slip") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .text).notNull()
            t.column("received_at", .datetime)
        }
        try db.create(table: "order_slip_line") { t in
            t.column("order_slip_id", .integer).notNull().references("order_slip", onDelete: .cascade)
            t.column("article_id", .integer).notNull().references("article")
            t.column("in_stock", .integer).notNull()
            t.column("quantity", .integer).notNull()
            t.primaryKey(["order_slip_id", "article_id"])
        }
    }

    /// The ledger refuses UPDATE and DELETE; the one exception is clearing the resident or
    /// parcel link, which privacy erasure (ON DELETE SET NULL) needs. The level cache follows
    /// every insert, so levels never need a scan of the ledger.
    private static func createLedgerTriggers(_ db: Database) throws {
        let fixed = "kind, article_id, serial, batch, expires_on, quantity, delta, loan_id, order_slip_id, reverses_id, inspector, reason, actor_id, actor_name, device, at, booked_on"
        try db.execute(sql: """
            CREATE TRIGGER movement_no_update BEFORE UPDATE OF \(fixed) ON movement
            BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only: book a correcting movement instead'); END;
            CREATE TRIGGER movement_only_unlink BEFORE UPDATE OF resident_id, parcel_id ON movement
            WHEN NEW.resident_id IS NOT NULL AND NEW.resident_id IS NOT OLD.resident_id
              OR NEW.parcel_id IS NOT NULL AND NEW.parcel_id IS NOT OLD.parcel_id
            BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only: book a correcting movement instead'); END;
            CREATE TRIGGER movement_no_delete BEFORE DELETE ON movement
            BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only: book a correcting movement instead'); END;
            CREATE TRIGGER movement_level AFTER INSERT ON movement
            BEGIN
              INSERT INTO stock_level (article_id, quantity) VALUES (NEW.article_id, NEW.delta)
              ON CONFLICT(article_id) DO UPDATE SET quantity = quantity + NEW.delta;
            END;
            """)
    }
}
