import GRDB

extension HubDatabase {
    /// Signals and visits (issue 18). Both are personal data: erasing a resident deletes them,
    /// and closed signals and old visits go with the retention purge.
    static func createContact(_ db: Database) throws {
        try db.create(table: "signal") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("resident_id", .integer).notNull().references("resident").indexed()
            t.column("category", .text).notNull()
                .check(sql: "category IN ('medication','falls-mobility','nutrition','hygiene-home','loneliness','finances-post','carer-strain','other')")
            t.column("text", .text).notNull()
            t.column("owner", .text).notNull().check(sql: "owner IN ('concierge','social-team','gp','pharmacy','carer')")
            t.column("status", .text).notNull().check(sql: "status IN ('open','in-progress','handed-over','closed')")
            t.column("follow_up_on", .text)
            t.column("opened_at", .datetime).notNull()
            t.column("opened_by", .text).notNull()
            t.column("updated_at", .datetime).notNull()
            t.column("closed_at", .datetime)
            t.column("closed_by", .text)
            t.check(sql: "(status = 'closed') = (closed_at IS NOT NULL)")
        }
        try db.create(index: "signal_open", on: "signal", columns: ["follow_up_on"], condition: Column("status") != "closed")
        try db.create(table: "visit") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("resident_id", .integer).notNull().references("resident")
            t.column("reason", .text).notNull().check(sql: "reason IN ('follow-up','chat','help-request')")
            t.column("minutes", .integer).notNull().check(sql: "minutes BETWEEN 0 AND 600")
            t.column("signal_id", .integer).references("signal", onDelete: .setNull)
            t.column("visited_at", .datetime).notNull()
            t.column("visited_on", .text).notNull().indexed()
            t.column("recorded_by", .text).notNull()
        }
        try db.create(index: "visit_resident", on: "visit", columns: ["resident_id", "visited_on"])
        try db.create(index: "visit_signal", on: "visit", columns: ["signal_id"])
        try db.alter(table: "delivery_attempt") { t in
            t.add(column: "contact_minutes", .text).check(sql: "contact_minutes IN ('0-5','5-15','15+')")
        }
        try db.alter(table: "signal") { t in
            t.add(column: "handed_over_at", .datetime)
        }
    }
}
