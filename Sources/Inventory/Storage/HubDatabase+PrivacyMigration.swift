import GRDB

extension HubDatabase {
    /// An erased resident keeps a row without name, address or reference (`erased_at` set), so the
    /// payment records the law makes us keep still point somewhere. `erasure` lists erasures, by id
    /// only, until every backup on the stick has been scrubbed of them.
    static func addErasure(_ db: Database) throws {
        try db.alter(table: "resident") { t in t.add(column: "erased_at", .datetime) }
        try db.create(table: "erasure") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("resident_id", .integer).notNull().references("resident")
            t.column("erased_at", .datetime).notNull()
            t.column("reason", .text).notNull().check(sql: "reason IN ('request','retention')")
            t.column("backups_scrubbed_at", .datetime)
        }
        try db.create(index: "erasure_unscrubbed", on: "erasure", columns: ["id"], condition: Column("backups_scrubbed_at") == nil)
    }
}
