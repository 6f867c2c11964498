import GRDB

extension HubDatabase {
    /// At most one live or approved payment per reference: the database itself refuses a
    /// second charge, whatever the code above it does.
    static func createPayments(_ db: Database) throws {
        try db.create(table: "payment") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("reference", .text).notNull().indexed()
            t.column("amount_cents", .integer).notNull().check(sql: "amount_cents > 0")
            t.column("status", .text).notNull()
                .check(sql: "status IN ('pending','sent','approved','declined','aborted','unknown')")
            t.column("completed", .boolean).notNull().defaults(to: false)
            t.column("service_use_id", .integer).references("service_use").indexed()
            t.column("terminal", .text).notNull()
            t.column("requested_by", .text).notNull()
            t.column("created_at", .datetime).notNull()
            t.column("created_on", .text).notNull().indexed()
            t.column("sent_at", .datetime)
            t.column("finished_at", .datetime)
            t.column("result_code", .integer)
            t.column("reason", .text)
            t.column("receipt_number", .integer)
            t.column("trace", .integer)
            t.column("terminal_id", .text)
            t.column("masked_pan", .text)
            t.column("card_name", .text)
            t.column("recovered", .boolean).notNull().defaults(to: false)
        }
        try db.execute(sql: """
            CREATE UNIQUE INDEX payment_one_per_reference ON payment(reference)
            WHERE status IN ('pending','sent','approved','unknown')
            """)
        try db.create(index: "payment_unresolved", on: "payment", columns: ["status"],
                      condition: sql("status IN ('pending','sent','unknown') OR (status = 'approved' AND completed = 0)"))
        try db.create(table: "payment_receipt_line") { t in
            t.column("payment_id", .integer).notNull().references("payment", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("text", .text).notNull()
            t.primaryKey(["payment_id", "position"])
        }
        try db.create(table: "payment_reconciliation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("closed_at", .datetime).notNull()
            t.column("since", .datetime)
            t.column("hub_count", .integer).notNull()
            t.column("hub_amount_cents", .integer).notNull()
            t.column("terminal_count", .integer).notNull()
            t.column("terminal_amount_cents", .integer).notNull()
            t.column("matches", .boolean).notNull()
            t.column("closed_by", .text).notNull()
        }
    }

    private static func sql(_ text: String) -> SQLExpression {
        SQL(sql: text).sqlExpression
    }
}
