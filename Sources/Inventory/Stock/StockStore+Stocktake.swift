import Foundation
import GRDB

extension StockStore {
    /// A full count against the ledger: every article that is expected on the shelf or was
    /// counted gets a line, so an empty shelf shows up as a difference too. Nothing is written.
    public func stocktakeDifferences(counted: [StockLine]) async throws -> [StocktakeDifference] {
        try await database.pool.read { db in
            var tally: [Int64: (article: Article, count: Int, serials: [String])] = [:]
            for line in counted {
                let article = try Self.resolveArticle(line, db)
                let id = article.id ?? 0
                var entry = tally[id] ?? (article, 0, [])
                if article.kind == .loan {
                    let step = try Self.countedUnit(line, article: article, db)
                    if !entry.serials.contains(step) { entry.serials.append(step) }
                    entry.count = entry.serials.count
                } else {
                    guard Self.quantityRange.contains(line.quantity) else { throw Self.badCount(line.quantity) }
                    entry.count += line.quantity
                }
                tally[id] = entry
            }
            return try Self.differences(tally, db)
        }
    }

    /// Books an `adjusted` movement per difference, in one transaction with one audit row.
    /// A missing loan unit is adjusted out with reason "stocktake: missing" and its state
    /// becomes written-off, so it can no longer be issued; a unit found on the shelf is
    /// adjusted in ("stocktake: found") and any loan it was on is closed. If the ledger moved
    /// since the count, nothing is booked and staff count again.
    public func applyStocktake(_ differences: [StocktakeDifference], by actor: StaffActor, device: String?) async throws -> [StockMovement] {
        let now = calendar.now()
        let context = BookingContext(mode: .receive, actor: actor, device: device, now: now, today: calendar.day(of: now))
        return try await database.pool.write { db in
            var movements: [StockMovement] = []
            for difference in differences where !difference.matches {
                let article = try Self.requireArticle(id: difference.articleId, db)
                guard try Self.level(articleId: difference.articleId, db) == difference.expected else {
                    throw InventoryError(
                        .conflict,
                        nl: "de voorraad van \(article.name) is veranderd sinds de telling — tel opnieuw",
                        en: "the stock of \(article.name) changed since the count — count again"
                    )
                }
                if article.kind == .loan {
                    movements += try Self.adjustUnits(difference, article: article, context, db)
                } else if difference.wrongCount {
                    movements.append(try Self.adjustCount(difference, context, db))
                }
            }
            try AuditLog.record(db, at: now, actor: actor, action: "stock.stocktake", subject: "\(movements.count) adjustments")
            return movements
        }
    }

    private static func countedUnit(_ line: StockLine, article: Article, _ db: Database) throws -> String {
        guard let serial = cleanSerial(line.serial) else {
            throw InventoryError(
                .invalidInput,
                nl: "\(article.name) telt per serienummer — scan het serienummer-etiket van elk stuk",
                en: "\(article.name) is counted by serial — scan the serial label of each unit"
            )
        }
        if let unit = try StockUnit.filter(Column("serial") == serial).fetchOne(db), unit.articleId != article.id {
            let owner = try requireArticle(id: unit.articleId, db)
            throw InventoryError(
                .conflict,
                nl: "serienummer \(serial) hoort bij \(owner.number) \(owner.name), niet bij \(article.name) — scan de juiste streepjescode",
                en: "serial \(serial) belongs to \(owner.number) \(owner.name), not to \(article.name) — scan the right barcode"
            )
        }
        return serial
    }

    private static func differences(_ tally: [Int64: (article: Article, count: Int, serials: [String])], _ db: Database) throws -> [StocktakeDifference] {
        let levels = try levels(db)
        let articles = try Article.order(Column("number")).fetchAll(db)
        var result: [StocktakeDifference] = []
        for article in articles {
            let id = article.id ?? 0
            let expected = levels[id] ?? 0
            let counted = tally[id]
            guard expected != 0 || counted != nil else { continue }
            var missing: [String] = [], unexpected: [String] = []
            if article.kind == .loan {
                let onShelf = try String.fetchAll(
                    db, sql: "SELECT serial FROM stock_unit WHERE article_id = ? AND state = 'in-stock' ORDER BY serial", arguments: [id]
                )
                let seen = counted?.serials ?? []
                missing = onShelf.filter { !seen.contains($0) }
                unexpected = seen.filter { !onShelf.contains($0) }.sorted()
            }
            result.append(StocktakeDifference(
                articleId: id, articleNumber: article.number, articleName: article.name, kind: article.kind,
                expected: expected, counted: counted?.count ?? 0, missingSerials: missing, unexpectedSerials: unexpected
            ))
        }
        return result
    }

    private static func adjustUnits(_ difference: StocktakeDifference, article: Article, _ context: BookingContext, _ db: Database) throws -> [StockMovement] {
        var movements: [StockMovement] = []
        for (serials, event, reason) in [(difference.missingSerials, UnitEvent.stocktakeMissing, "stocktake: missing"),
                                         (difference.unexpectedSerials, .stocktakeFound, "stocktake: found")] {
            for serial in serials {
                let unit = try StockUnit.filter(Column("serial") == serial).fetchOne(db)
                let next = try UnitState.transition(from: unit?.state, on: event, unit: UnitLabel(articleName: article.name, serial: serial))
                let delta = (next.isOnShelf ? 1 : 0) - (unit?.state.isOnShelf == true ? 1 : 0)
                if event == .stocktakeFound { try closeLoan(serial: serial, at: context.now, db) }
                let step = PlannedLine(line: StockLine(articleId: article.id, serial: serial), article: article, unit: unit, nextState: next, delta: delta)
                try saveUnit(step, serial: serial, state: next, now: context.now, db)
                var movement = adjustment(article: article, serial: serial, quantity: 1, delta: delta, reason: reason, context)
                try movement.insert(db)
                movements.append(movement)
            }
        }
        return movements
    }

    private static func adjustCount(_ difference: StocktakeDifference, _ context: BookingContext, _ db: Database) throws -> StockMovement {
        let delta = difference.counted - difference.expected
        var movement = adjustment(
            article: nil, articleId: difference.articleId, serial: nil, quantity: abs(delta), delta: delta,
            reason: "stocktake: counted \(difference.counted), expected \(difference.expected)", context
        )
        try movement.insert(db)
        return movement
    }

    private static func adjustment(
        article: Article?, articleId: Int64? = nil, serial: String?, quantity: Int, delta: Int, reason: String, _ context: BookingContext
    ) -> StockMovement {
        StockMovement(
            id: nil, kind: .adjusted, articleId: article?.id ?? articleId ?? 0, serial: serial, batch: nil, expiresOn: nil,
            quantity: min(max(quantity, 1), quantityRange.upperBound), delta: delta, residentId: nil, parcelId: nil, loanId: nil,
            orderSlipId: nil, reversesId: nil, inspector: nil, reason: reason, actorId: context.actor.id,
            actorName: context.actor.name, device: context.device, at: context.now, bookedOn: context.today
        )
    }

    private static func closeLoan(serial: String, at now: Date, _ db: Database) throws {
        try db.execute(sql: "UPDATE loan SET closed_at = ? WHERE serial = ? AND closed_at IS NULL", arguments: [now, serial])
    }

    private static func badCount(_ quantity: Int) -> InventoryError {
        InventoryError(
            .invalidInput,
            nl: "aantal \(quantity) kan niet — geef een aantal van 1 tot en met 9999",
            en: "quantity \(quantity) is not possible — give a quantity from 1 to 9999"
        )
    }
}
