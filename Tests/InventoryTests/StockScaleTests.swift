import Foundation
import GRDB
import Testing
@testable import Inventory

@Suite("Stock at ten years' scale")
struct StockScaleTests {
    typealias Hub = TestHub

    /// ~100,000 movements: levels come from the trigger-kept cache and month queries use the
    /// day index, so none of them reads the whole ledger. The time itself is measured by
    /// `scripts/bench-stock` (BENCHMARKS.md), not here.
    @Test func levelsAndMonthFiguresStayFastOver100000Movements() async throws {
        let hub = try TestHub()
        let catalogue = try await hub.addCatalogue()
        let gauze = catalogue.gauze.id ?? 0
        // A month of a busy hub per transaction, as the ten-year generators write: one
        // transaction of 100,000 rows (and as many outbox events) spills SQLite's page cache
        // into the WAL and reads it back for every row.
        let start = Date(timeIntervalSince1970: 1_500_000_000)
        for chunk in stride(from: 0, to: 100_000, by: 5_000) {
            try await hub.database.pool.write { db in
                let statement = try db.makeStatement(sql: """
                    INSERT INTO movement (kind, article_id, quantity, delta, actor_name, at, booked_on)
                    VALUES (?, ?, 1, ?, 'bench', ?, ?)
                    """)
                for index in chunk..<(chunk + 5_000) {
                    let received = index % 2 == 0
                    let at = start.addingTimeInterval(Double(index) * 3000)
                    try statement.execute(arguments: [
                        received ? "received" : "issued", gauze, received ? 1 : -1, at, LocalDay(at, in: hub.calendar),
                    ])
                }
            }
        }
        #expect(try await hub.stock.level(articleId: gauze) == 0)
        #expect(try await hub.stock.reorderList().contains { $0.articleId == gauze })
        let figures = try await hub.stock.monthFigures(YearMonth("2020-01")!)
        #expect(figures.daysWithMovements == 31)
        let plan = try await hub.database.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT COUNT(DISTINCT booked_on) FROM movement WHERE booked_on >= '2020-01-01' AND booked_on < '2020-02-01'")
                .map { $0["detail"] as String }.joined(separator: " ")
        }
        #expect(plan.contains("movement_day"), "\(plan)")
    }
}
