import GRDB

extension HubDatabase {
    /// Central's reference data (issue 17, point 5): how far the hub has applied it, and the
    /// suppliers central sent, which join the config's at every start. Services and articles
    /// from central live in their own tables like any others; a supplier's rate lives in
    /// `supplier_rate`, which now says whether a command or central set it.
    static func createReference(_ db: Database) throws {
        try db.create(table: "reference_cursor") { t in
            t.primaryKey("singleton", .integer).check { $0 == 1 }
            t.column("version", .integer).notNull()
            t.column("load_id", .text)
            t.column("applied_at", .datetime).notNull()
        }
        try db.create(table: "reference_supplier") { t in
            t.primaryKey("id", .text)
            t.column("body", .text).notNull()
            t.column("version", .integer).notNull()
        }
        try db.alter(table: "supplier_rate") { t in
            t.add(column: "source", .text).notNull().defaults(to: "command")
        }
    }
}
