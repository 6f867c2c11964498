import GRDB

extension HubDatabase {
    /// Browsers paired for the staff dashboard, and staff sessions bound to one of them. The
    /// database keeps only SHA-256 of a browser's token, like a staff token, so a copied
    /// database pairs no browser. A supplier's rate set by command lives beside the pairings
    /// because it arrived in the same release.
    static func createDashboard(_ db: Database) throws {
        try db.create(table: "browser") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("token_digest", .blob).notNull().unique()
            t.column("code", .text).notNull()
            t.column("label", .text).notNull()
            t.column("requested_at", .datetime).notNull()
            t.column("approved_at", .datetime)
            t.column("approved_by", .integer).references("staff_member")
            t.column("revoked_at", .datetime)
        }
        try db.alter(table: "staff_token") { t in
            t.add(column: "browser_id", .integer).references("browser", onDelete: .cascade)
        }
        try db.create(table: "supplier_rate") { t in
            t.primaryKey("supplier_id", .text)
            t.column("rate_cents", .integer).notNull()
            t.column("set_at", .datetime).notNull()
            t.column("set_by", .text).notNull()
        }
    }
}
