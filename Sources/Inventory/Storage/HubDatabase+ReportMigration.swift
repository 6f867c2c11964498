import GRDB

extension HubDatabase {
    /// A closed month keeps the report and the supplier invoices as they were when it was
    /// closed, as JSON, so they are reproduced byte for byte whatever happens later.
    static func createClosedMonths(_ db: Database) throws {
        try db.create(table: "closed_month") { t in
            t.primaryKey("month", .text)
            t.column("closed_at", .datetime).notNull()
            t.column("closed_by", .text).notNull()
            t.column("report", .text).notNull()
            t.column("invoices", .text).notNull()
        }
    }

    /// Not-home retries are counted by the time they were recorded; without this index every
    /// period report read the whole `delivery_attempt` table. Partial: only not-home rows are
    /// ever asked for by time, so the index stays small and a delivery costs no extra write.
    static func indexNotHomeAttempts(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX delivery_attempt_not_home ON delivery_attempt(recorded_at) WHERE outcome = 'not-home'")
    }
}
