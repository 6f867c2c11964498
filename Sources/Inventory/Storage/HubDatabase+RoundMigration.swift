import GRDB

extension HubDatabase {
    /// The round on a tablet (issue 18): which parcels each paired browser took out, the number
    /// by which it names each resident at its stops (so no database id leaves the hub), the next
    /// number it may send, and what became of every number it sent. The rows go with the browser
    /// when its pairing is deleted.
    static func createRound(_ db: Database) throws {
        try db.create(table: "round_device") { t in
            t.primaryKey("browser_id", .integer).references("browser", onDelete: .cascade)
            t.column("next_seq", .integer).notNull().check(sql: "next_seq >= 1")
            t.column("day", .text).notNull()
            t.column("issued_at", .datetime).notNull()
            t.column("issued_to", .text).notNull()
        }
        try db.create(table: "round_parcel") { t in
            t.column("browser_id", .integer).notNull().references("round_device", onDelete: .cascade)
            t.column("parcel_id", .integer).notNull().references("parcel", onDelete: .cascade).indexed()
            t.primaryKey(["browser_id", "parcel_id"])
        }
        try db.create(table: "round_resident") { t in
            t.column("browser_id", .integer).notNull().references("round_device", onDelete: .cascade)
            t.column("ref", .integer).notNull().check(sql: "ref >= 1")
            t.column("resident_id", .integer).notNull().references("resident", onDelete: .cascade).indexed()
            t.primaryKey(["browser_id", "ref"])
            t.uniqueKey(["browser_id", "resident_id"])
        }
        try db.create(table: "round_entry") { t in
            t.column("browser_id", .integer).notNull().references("round_device", onDelete: .cascade)
            t.column("seq", .integer).notNull()
            t.column("kind", .text).notNull().check(sql: "kind IN ('outcome','visit','signal','unreadable')")
            t.column("digest", .blob).notNull()
            t.column("state", .text).notNull().check(sql: "state IN ('applied','refused')")
            t.column("message_nl", .text)
            t.column("message_en", .text)
            t.column("synced_at", .datetime).notNull()
            t.primaryKey(["browser_id", "seq"])
        }
    }
}
