import GRDB

extension HubDatabase {
    /// Versioned, append-only: a shipped migration is never edited, only followed by a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-parcels") { db in
            try createResidents(db)
            try createParcels(db)
            try createStaffSession(db)
        }
        migrator.registerMigration("v2-passes-services") { db in
            try createStaffAndPasses(db)
            try createServices(db)
            try createAuditAndProxies(db)
        }
        migrator.registerMigration("v3-payments") { db in
            try createPayments(db)
        }
        migrator.registerMigration("v4-stock") { db in
            try createStock(db)
        }
        migrator.registerMigration("v5-session-owner") { db in
            // A session now belongs to the uid that logged in; older sessions had no owner, so they end.
            try db.execute(sql: "DELETE FROM staff_token")
            try db.alter(table: "staff_token") { t in t.add(column: "owner_uid", .integer) }
        }
        migrator.registerMigration("v6-audit-chain") { db in
            // Rows written before the chain existed are linked now, in order, under the hub's key.
            try db.alter(table: "audit") { t in t.add(column: "chain", .blob) }
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM audit ORDER BY id") {
                try AuditLog.link(db, id: id)
            }
        }
        migrator.registerMigration("v7-hub-identity") { db in
            try createHubIdentity(db)
        }
        migrator.registerMigration("v8-pass-wiegand") { db in
            try addWiegandDigests(db)
        }
        migrator.registerMigration("v9-erasure") { db in
            try addErasure(db)
        }
        migrator.registerMigration("v10-closed-months") { db in
            try createClosedMonths(db)
        }
        migrator.registerMigration("v11-dashboard") { db in
            try createDashboard(db)
        }
        migrator.registerMigration("v12-not-home-index") { db in
            try indexNotHomeAttempts(db)
        }
        migrator.registerMigration("v13-lean-parcel") { db in
            try leanParcels(db)
        }
        migrator.registerMigration("v14-outbox") { db in
            try createOutbox(db)
        }
        migrator.registerMigration("v15-reference") { db in
            try createReference(db)
        }
        migrator.registerMigration("v16-payload-2") { db in
            try writePayloadVersion2(db)
        }
        migrator.registerMigration("v17-contact") { db in
            try createContact(db)
        }
        migrator.registerMigration("v18-round") { db in
            try createRound(db)
        }
        return migrator
    }

    private static func createResidents(_ db: Database) throws {
        try db.create(table: "resident") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("reference", .text).unique()
            t.column("name", .text).notNull()
            t.column("street", .text).notNull()
            t.column("house_number", .text).notNull()
            t.column("postcode", .text).notNull()
            t.column("town", .text).notNull()
            t.column("phone", .text)
            t.column("remarks", .text)
            t.column("created_at", .datetime).notNull()
            t.column("updated_at", .datetime).notNull()
        }
    }

    private static func createParcels(_ db: Database) throws {
        try db.create(table: "manifest_entry") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("barcode", .text).notNull().indexed()
            t.column("resident_id", .integer).notNull().references("resident")
            t.column("supplier_id", .text)
            t.column("source", .text).notNull()
            t.column("line", .integer).notNull()
            t.column("imported_at", .datetime).notNull()
        }
        try db.create(table: "parcel") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("barcode", .text).notNull().indexed()
            t.column("supplier_id", .text).notNull()
            t.column("received_at", .datetime).notNull()
            t.column("received_on", .text).notNull().indexed()
            t.column("device", .text).notNull()
            t.column("received_by", .text)
            t.column("resident_id", .integer).references("resident")
            t.column("assigned_at", .datetime)
            t.column("assigned_by", .text)
            t.column("cold_chain", .boolean).notNull()
            t.column("medication", .boolean).notNull()
            t.column("deadline_at", .datetime)
            t.column("outcome", .text)
            t.column("outcome_at", .datetime)
            t.column("closed_on", .text).indexed()
            t.column("attempts", .integer).notNull().defaults(to: 0)
            t.uniqueKey(["barcode", "received_on"])
        }
        try db.create(table: "delivery_attempt") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("parcel_id", .integer).notNull().references("parcel").indexed()
            t.column("outcome", .text).notNull()
                .check(sql: "outcome IN ('contact','letterbox','neighbour','not-home','returned')")
            t.column("recorded_at", .datetime).notNull()
            t.column("recorded_by", .text)
        }
    }

    private static func createStaffSession(_ db: Database) throws {
        try db.create(table: "staff_session") { t in
            t.primaryKey("id", .integer).check(sql: "id = 1")
            t.column("staff_name", .text).notNull()
            t.column("since", .datetime).notNull()
        }
    }
}
