import GRDB

extension HubDatabase {
    /// Passes are stored only as keyed digests (`digest`), never as the card's UID.
    static func createStaffAndPasses(_ db: Database) throws {
        try db.create(table: "staff_member") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().collate(.nocase)
            t.column("pin_hash", .blob).notNull()
            t.column("pin_salt", .blob).notNull()
            t.column("pin_kdf", .text).notNull()
            t.column("failed_pins", .integer).notNull().defaults(to: 0)
            t.column("locked_until", .datetime)
            t.column("active", .boolean).notNull().defaults(to: true)
            t.column("created_at", .datetime).notNull()
        }
        try db.create(table: "pass") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("digest", .blob).notNull().unique()
            t.column("resident_id", .integer).references("resident").indexed()
            t.column("staff_id", .integer).references("staff_member").indexed()
            t.column("enrolled_at", .datetime).notNull()
            t.column("enrolled_by", .text)
            t.column("blocked_at", .datetime)
            t.column("blocked_by", .text)
            t.column("block_reason", .text)
            t.check(sql: "(resident_id IS NULL) <> (staff_id IS NULL)")
        }
        try db.create(table: "staff_token") { t in
            t.primaryKey("digest", .blob)
            t.column("staff_id", .integer).notNull().references("staff_member", onDelete: .cascade)
            t.column("origin", .text).notNull()
            t.column("created_at", .datetime).notNull()
            t.column("last_used_at", .datetime).notNull()
        }
    }

    /// A pass also answers to a Wiegand reader's tap: the keyed digest of its 24 Wiegand bits,
    /// and whether the enrolling tap was nothing more. Not unique, because distinct 4-byte
    /// cards may share those bits. Older passes have neither (their UID was never kept); they
    /// get both on their next tap, which `PassStore.holder(of:)` matches by the full digest.
    static func addWiegandDigests(_ db: Database) throws {
        try db.alter(table: "pass") { t in
            t.add(column: "wiegand_digest", .blob)
            t.add(column: "wiegand_only", .boolean)
        }
        try db.create(index: "pass_wiegand_digest", on: "pass", columns: ["wiegand_digest"])
    }

    static func createServices(_ db: Database) throws {
        try db.create(table: "service") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("code", .text).notNull().unique().collate(.nocase)
            t.column("kind", .text).notNull().check(sql: "kind IN ('ride','chore','activity')")
            t.column("name", .text).notNull()
            t.column("destination", .text)
            t.column("price_cents", .integer).notNull().check(sql: "price_cents >= 0")
            t.column("max_price_cents", .integer).notNull()
            t.column("payment", .text).notNull().check(sql: "payment IN ('pin','invoice','credit','free')")
            t.column("position", .integer).notNull().defaults(to: 0)
            t.column("active", .boolean).notNull().defaults(to: true)
            t.column("created_at", .datetime).notNull()
            t.check(sql: "price_cents <= max_price_cents")
        }
        try db.create(table: "service_use") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("resident_id", .integer).notNull().references("resident")
            t.column("service_id", .integer).notNull().references("service")
            t.column("kind", .text).notNull().check(sql: "kind IN ('ride','chore','activity')")
            t.column("pass_id", .integer).references("pass")
            t.column("device", .text)
            t.column("started_at", .datetime).notNull()
            t.column("started_on", .text).notNull().indexed()
            t.column("ended_at", .datetime)
            t.column("end_reason", .text).check(sql: "end_reason IN ('tap','auto','staff')")
            t.column("review_state", .text).check(sql: "review_state IN ('pending','resolved')")
            t.column("reviewed_at", .datetime)
            t.column("reviewed_by", .text)
            t.column("review_note", .text)
            t.column("price_cents", .integer).notNull().check(sql: "price_cents >= 0")
            t.column("payment", .text).notNull()
            t.column("payment_state", .text).notNull()
                .check(sql: "payment_state IN ('awaiting-payment','invoice','credit','free','paid')")
            t.column("recorded_by", .text)
        }
        try db.create(index: "service_use_resident", on: "service_use", columns: ["resident_id", "started_at"])
        try db.execute(sql: "CREATE UNIQUE INDEX service_use_one_open_ride ON service_use(resident_id) WHERE kind = 'ride' AND ended_at IS NULL")
        try db.create(index: "service_use_review", on: "service_use", columns: ["review_state"], condition: Column("review_state") == "pending")
        try db.create(table: "credit_movement") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("resident_id", .integer).notNull().references("resident").indexed()
            t.column("amount_cents", .integer).notNull()
            t.column("service_use_id", .integer).references("service_use")
            t.column("reason", .text).notNull()
            t.column("at", .datetime).notNull()
            t.column("by", .text)
        }
    }

    static func createAuditAndProxies(_ db: Database) throws {
        try db.create(table: "audit") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull().indexed()
            t.column("staff_id", .integer)
            t.column("staff_name", .text).notNull()
            t.column("action", .text).notNull()
            t.column("resident_id", .integer).indexed()
            t.column("subject", .text)
        }
        try db.create(table: "proxy") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("resident_id", .integer).notNull().references("resident").indexed()
            t.column("name", .text).notNull()
            t.column("scopes", .text).notNull()
            t.column("expires_on", .text).notNull()
            t.column("created_at", .datetime).notNull()
            t.column("created_by", .text)
        }
    }
}
