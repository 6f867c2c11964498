import GRDB

extension HubDatabase {
    /// Every intake scan inserts a parcel, and each page that insert touches is one more 4 KiB
    /// WAL frame before the acknowledgement (issue 16). Two of them earned nothing:
    /// - `AUTOINCREMENT` rewrote `sqlite_sequence` on every insert, to keep ids of deleted rows
    ///   from coming back; parcels are never deleted, so the plain rowid is just as stable;
    /// - `parcel_on_barcode` duplicated the first column of the `UNIQUE (barcode, received_on)`
    ///   index, which serves every barcode lookup on its own.
    ///
    /// SQLite cannot drop `AUTOINCREMENT` in place, so the table is rebuilt. The migrator runs
    /// this with foreign keys off and checks them afterwards, so the rows that point at parcels
    /// (attempts, movements) keep their ids.
    static func leanParcels(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE parcel_lean (
                "id" INTEGER PRIMARY KEY NOT NULL,
                "barcode" TEXT NOT NULL,
                "supplier_id" TEXT NOT NULL,
                "received_at" DATETIME NOT NULL,
                "received_on" TEXT NOT NULL,
                "device" TEXT NOT NULL,
                "received_by" TEXT,
                "resident_id" INTEGER REFERENCES "resident"("id"),
                "assigned_at" DATETIME,
                "assigned_by" TEXT,
                "cold_chain" BOOLEAN NOT NULL,
                "medication" BOOLEAN NOT NULL,
                "deadline_at" DATETIME,
                "outcome" TEXT,
                "outcome_at" DATETIME,
                "closed_on" TEXT,
                "attempts" INTEGER NOT NULL DEFAULT 0,
                UNIQUE ("barcode", "received_on")
            )
            """)
        let columns = """
            id, barcode, supplier_id, received_at, received_on, device, received_by, resident_id, assigned_at,
            assigned_by, cold_chain, medication, deadline_at, outcome, outcome_at, closed_on, attempts
            """
        try db.execute(sql: "INSERT INTO parcel_lean (\(columns)) SELECT \(columns) FROM parcel")
        try db.execute(sql: "DROP TABLE parcel")
        try db.execute(sql: "ALTER TABLE parcel_lean RENAME TO parcel")
        try db.execute(sql: "CREATE INDEX parcel_on_received_on ON parcel(received_on)")
        try db.execute(sql: "CREATE INDEX parcel_on_closed_on ON parcel(closed_on)")
    }
}
