import Foundation
import GRDB

extension StockStore {
    /// Counted batches with an expiry date still on the shelf, earliest first. Issues booked
    /// without a batch are taken first-expiry-first-out: what remains on the shelf is assumed to
    /// be the latest-expiring part of the batches received.
    public func expiring(withinDays days: Int) async throws -> [ExpiringBatch] {
        let limit = calendar.today.adding(days: days, in: calendar)
        return try await database.pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT movement.article_id, movement.batch, movement.expires_on, SUM(movement.delta) AS net,
                       article.number, article.name
                FROM movement JOIN article ON article.id = movement.article_id
                WHERE movement.expires_on IS NOT NULL AND article.kind != 'loan'
                GROUP BY movement.article_id, movement.batch, movement.expires_on
                ORDER BY movement.article_id, movement.expires_on DESC
                """)
            let levels = try Self.levels(db)
            var remaining: [Int64: Int] = [:]
            var batches: [ExpiringBatch] = []
            for row in rows {
                let id: Int64 = row["article_id"], net: Int = row["net"]
                let left = remaining[id] ?? levels[id] ?? 0
                let onShelf = min(max(net, 0), max(left, 0))
                remaining[id] = left - onShelf
                guard onShelf > 0, let expiry = LocalDay.fromDatabaseValue(row["expires_on"]), expiry <= limit else { continue }
                batches.append(ExpiringBatch(
                    articleId: id, articleNumber: row["number"], articleName: row["name"], batch: row["batch"],
                    expiresOn: expiry, quantity: onShelf
                ))
            }
            return batches.sorted { ($0.expiresOn, $0.articleNumber) < ($1.expiresOn, $1.articleNumber) }
        }
    }

    /// The month's figures per article, and the days with movements behind the van estimate.
    public func monthFigures(_ month: YearMonth) async throws -> StockMonthFigures {
        try await database.pool.read { db in try Self.monthFigures(month, db) }
    }

    /// Also read inside the month report's snapshot, so its aids section agrees with the rest.
    static func monthFigures(_ month: YearMonth, _ db: Database) throws -> StockMonthFigures {
        let lines = try aidLines(from: month.firstDay, to: month.nextMonthFirstDay, db)
        let days = try Int.fetchOne(
            db, sql: "SELECT COUNT(DISTINCT booked_on) FROM movement WHERE booked_on >= ? AND booked_on < ?",
            arguments: [month.firstDay, month.nextMonthFirstDay]
        ) ?? 0
        return StockMonthFigures(month: month, lines: lines, daysWithMovements: days)
    }

    /// Received, issued, returned and written off per article, booked from `first` up to `end`.
    static func aidLines(from first: LocalDay, to end: LocalDay, _ db: Database) throws -> [StockMonthFigures.Line] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT movement.article_id, movement.kind, SUM(movement.quantity) AS total, article.number, article.name
            FROM movement JOIN article ON article.id = movement.article_id
            WHERE movement.booked_on >= ? AND movement.booked_on < ?
            GROUP BY movement.article_id, movement.kind
            ORDER BY article.number
            """, arguments: [first, end])
        var lines: [StockMonthFigures.Line] = []
        for row in rows {
            let id: Int64 = row["article_id"], total: Int = row["total"]
            if lines.last?.articleId != id {
                lines.append(.init(articleId: id, articleNumber: row["number"], articleName: row["name"], received: 0, issued: 0, returned: 0, writtenOff: 0))
            }
            switch MovementKind(rawValue: row["kind"]) {
            case .received: lines[lines.count - 1].received += total
            case .issued: lines[lines.count - 1].issued += total
            case .returned: lines[lines.count - 1].returned += total
            case .writtenOff: lines[lines.count - 1].writtenOff += total
            default: break
            }
        }
        return lines
    }

    public func statementCSV(_ month: YearMonth) async throws -> String {
        let rows = try await database.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT movement.*, article.number, article.name
                FROM movement JOIN article ON article.id = movement.article_id
                WHERE movement.booked_on >= ? AND movement.booked_on < ?
                ORDER BY article.number, movement.booked_on, movement.id
                """, arguments: [month.firstDay, month.nextMonthFirstDay])
        }
        return try CSVText.render(
            header: ["article_number", "article_name", "date", "movement", "quantity", "serial", "batch", "expiry", "note", "booked_by"],
            rows: rows.map { row in
                let note: String = row["reason"] ?? (row["inspector"] as String?).map { "inspected by \($0)" } ?? ""
                return [
                    row["number"], row["name"], row["booked_on"], row["kind"], "\(row["quantity"] as Int)",
                    row["serial"] ?? "", row["batch"] ?? "", row["expires_on"] ?? "", note, row["actor_name"],
                ]
            }
        )
    }
}
