import Foundation
import GRDB

/// Vegro's consignment stock at the hub: books scanned batches into the append-only ledger and
/// keeps each loan unit's state and each loan in the same transaction.
public struct StockStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let rules: StockRules

    public init(database: HubDatabase, calendar: HubCalendar, rules: StockRules = StockRules()) {
        self.database = database
        self.calendar = calendar
        self.rules = rules
    }

    /// The shelf level of one article (units in stock for a loan article, the ledger sum otherwise).
    public func level(articleId: Int64) async throws -> Int {
        try await database.pool.read { db in try Self.level(articleId: articleId, db) }
    }

    /// Where a loan unit is now, or `nil` for a serial this hub never received.
    public func unit(serial: String) async throws -> StockUnit? {
        let trimmed = serial.trimmingCharacters(in: .whitespaces)
        return try await database.pool.read { db in
            try StockUnit.filter(Column("serial") == trimmed).fetchOne(db)
        }
    }

    /// The ledger for one article, newest first.
    public func movements(articleId: Int64, limit: Int = 200) async throws -> [StockMovement] {
        try await database.pool.read { db in
            try StockMovement.filter(Column("article_id") == articleId)
                .order(Column("booked_on").desc, Column("id").desc).limit(limit).fetchAll(db)
        }
    }

    /// Read from the `stock_level` cache that the ledger's insert trigger keeps: no scan.
    static func level(articleId: Int64, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT quantity FROM stock_level WHERE article_id = ?", arguments: [articleId]) ?? 0
    }

    static func levels(_ db: Database) throws -> [Int64: Int] {
        var levels: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT article_id, quantity FROM stock_level") {
            levels[row["article_id"]] = row["quantity"]
        }
        return levels
    }

    static func notYet(_ what: String) -> InventoryError {
        InventoryError(.refused, nl: "\(what) is nog niet beschikbaar", en: "\(what) is not available yet")
    }
}
