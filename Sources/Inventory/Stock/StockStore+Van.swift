import Foundation
import GRDB

extension StockStore {
    /// The van's delivery against the newest slip, shown before anything is booked: nothing is
    /// written here. Without a slip every scanned article is unexpected.
    public func compareWithLastOrderSlip(_ lines: [StockLine]) async throws -> VanComparison {
        try await database.pool.read { db in
            let slip = try Self.lastSlip(db)
            var scanned: [Int64: (article: Article, count: Int, serials: [String])] = [:]
            for line in lines {
                let article = try Self.resolveArticle(line, db)
                let id = article.id ?? 0
                var entry = scanned[id] ?? (article, 0, [])
                entry.count += article.kind == .loan ? 1 : line.quantity
                if let serial = Self.cleanSerial(line.serial), try Self.isUnexpected(serial, articleId: id, db) {
                    entry.serials.append(serial)
                }
                scanned[id] = entry
            }
            return try Self.compare(slip: slip, scanned: scanned, db)
        }
    }

    /// A delivered serial is expected when the hub has never seen it or sent it back to Vegro.
    private static func isUnexpected(_ serial: String, articleId: Int64, _ db: Database) throws -> Bool {
        guard let unit = try StockUnit.filter(Column("serial") == serial).fetchOne(db) else { return false }
        return unit.articleId != articleId || unit.state != .sentBack
    }

    private static func compare(
        slip: OrderSlipView?, scanned: [Int64: (article: Article, count: Int, serials: [String])], _ db: Database
    ) throws -> VanComparison {
        var result = VanComparison(orderSlipId: slip?.slip.id, missing: [], extra: [], unexpected: [])
        let ordered = Dictionary((slip?.lines ?? []).map { ($0.articleId, $0) }, uniquingKeysWith: { first, _ in first })
        for line in slip?.lines ?? [] {
            let count = scanned[line.articleId]?.count ?? 0
            let entry = VanComparison.Line(
                articleId: line.articleId, articleNumber: line.articleNumber, articleName: line.articleName,
                ordered: line.quantity, scanned: count, unexpectedSerials: []
            )
            if count < line.quantity { result.missing.append(entry) }
            if count > line.quantity { result.extra.append(entry) }
        }
        for (id, entry) in scanned.sorted(by: { $0.value.article.number < $1.value.article.number }) {
            let onSlip = ordered[id] != nil
            guard !onSlip || !entry.serials.isEmpty else { continue }
            result.unexpected.append(VanComparison.Line(
                articleId: id, articleNumber: entry.article.number, articleName: entry.article.name,
                ordered: ordered[id]?.quantity ?? 0, scanned: entry.count, unexpectedSerials: entry.serials
            ))
        }
        return result
    }
}
