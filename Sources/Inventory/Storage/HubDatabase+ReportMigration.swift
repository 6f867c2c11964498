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
}
