import Foundation
import GRDB

extension StockStore {
    /// Every article below its minimum, with what brings it back to target. Levels come from
    /// the `stock_level` cache, which counts loan units on the shelf and the ledger sum otherwise.
    public func reorderList() async throws -> [ReorderLine] {
        try await database.pool.read { db in try Self.reorderLines(db) }
    }

    /// Stores the current reorder list as a slip for the van, audited. An empty list is refused:
    /// there is nothing to ask the van for.
    public func createOrderSlip(by actor: StaffActor) async throws -> OrderSlipView {
        let now = calendar.now()
        return try await database.pool.write { db in
            let lines = try Self.reorderLines(db)
            guard !lines.isEmpty else {
                throw InventoryError(
                    .conflict,
                    nl: "alles is op of boven het minimum — er hoeft niets besteld te worden",
                    en: "everything is at or above its minimum — there is nothing to order"
                )
            }
            var slip = OrderSlip(id: nil, createdAt: now, createdBy: actor.name, receivedAt: nil)
            try slip.insert(db)
            for line in lines {
                try db.execute(
                    sql: "INSERT INTO order_slip_line (order_slip_id, article_id, in_stock, quantity) VALUES (?, ?, ?, ?)",
                    arguments: [slip.id, line.articleId, line.inStock, line.quantity]
                )
            }
            try AuditLog.record(db, at: now, actor: actor, action: "stock.order-slip.create", subject: "slip \(slip.id ?? 0)")
            return OrderSlipView(slip: slip, lines: lines)
        }
    }

    /// The newest slip, received or not.
    public func lastOrderSlip() async throws -> OrderSlipView? {
        try await database.pool.read { db in try Self.lastSlip(db) }
    }

    /// Plain text for the van driver: one article a line, number first.
    public func orderSlipText(_ slip: OrderSlipView) -> String {
        let created = calendar.dayAndTime(slip.slip.createdAt)
        var text = "Bestelling / order \(slip.slip.id ?? 0) — \(created) — \(slip.slip.createdBy)\n"
        for line in slip.lines {
            text += "\(line.quantity) x \(line.articleNumber) \(line.articleName)\n"
        }
        return text
    }

    public func orderSlipCSV(_ slip: OrderSlipView) throws -> String {
        try CSVText.render(
            header: ["article_number", "article_name", "in_stock", "minimum", "target", "quantity"],
            rows: slip.lines.map {
                [$0.articleNumber, $0.articleName, "\($0.inStock)", "\($0.minimumLevel)", "\($0.targetLevel)", "\($0.quantity)"]
            }
        )
    }

    static func reorderLines(_ db: Database) throws -> [ReorderLine] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT article.id, article.number, article.name, article.minimum_level, article.target_level,
                   COALESCE(stock_level.quantity, 0) AS in_stock
            FROM article LEFT JOIN stock_level ON stock_level.article_id = article.id
            WHERE COALESCE(stock_level.quantity, 0) < article.minimum_level
            ORDER BY article.number
            """)
        return rows.map { row in
            let inStock: Int = row["in_stock"], target: Int = row["target_level"]
            return ReorderLine(
                articleId: row["id"], articleNumber: row["number"], articleName: row["name"], inStock: inStock,
                minimumLevel: row["minimum_level"], targetLevel: target, quantity: target - inStock
            )
        }
    }

    static func lastSlip(_ db: Database) throws -> OrderSlipView? {
        guard let slip = try OrderSlip.order(Column("id").desc).fetchOne(db) else { return nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT order_slip_line.*, article.number, article.name, article.minimum_level, article.target_level
            FROM order_slip_line JOIN article ON article.id = order_slip_line.article_id
            WHERE order_slip_id = ? ORDER BY article.number
            """, arguments: [slip.id])
        let lines = rows.map { row in
            ReorderLine(
                articleId: row["article_id"], articleNumber: row["number"], articleName: row["name"], inStock: row["in_stock"],
                minimumLevel: row["minimum_level"], targetLevel: row["target_level"], quantity: row["quantity"]
            )
        }
        return OrderSlipView(slip: slip, lines: lines)
    }
}
