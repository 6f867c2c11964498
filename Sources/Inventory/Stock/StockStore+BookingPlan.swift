import Foundation
import GRDB

extension StockStore {
    /// One checked line: its article, the unit it moves (loan articles) and its effect.
    struct PlannedLine {
        var line: StockLine
        var article: Article
        var unit: StockUnit?
        var nextState: UnitState?
        var delta: Int
    }

    struct Plan {
        var steps: [PlannedLine] = []
        var warnings: [LocalizedText] = []
    }

    static let quantityRange = 1...9_999

    /// The checks that need no database: counts, repeated serials, the mode's own fields.
    static func checkShape(_ batch: StockBatch) throws(InventoryError) {
        guard !batch.lines.isEmpty else {
            throw InventoryError(.invalidInput, nl: "niets gescand — scan minstens één artikel", en: "nothing scanned — scan at least one article")
        }
        var serials: Set<String> = []
        for line in batch.lines {
            guard quantityRange.contains(line.quantity) else {
                throw InventoryError(
                    .invalidInput,
                    nl: "aantal \(line.quantity) kan niet — geef een aantal van 1 tot en met 9999",
                    en: "quantity \(line.quantity) is not possible — give a quantity from 1 to 9999"
                )
            }
            if let serial = cleanSerial(line.serial), !serials.insert(serial).inserted {
                throw InventoryError(
                    .invalidInput,
                    nl: "serienummer \(serial) is twee keer gescand in deze reeks — haal één regel weg",
                    en: "serial \(serial) was scanned twice in this batch — remove one line"
                )
            }
        }
        switch batch.mode {
        case .cleaned(let inspector) where inspector.trimmingCharacters(in: .whitespaces).isEmpty:
            throw InventoryError(.invalidInput, nl: "wie heeft gekeurd? geef de naam van de keurder", en: "who inspected it? give the inspector's name")
        case .writeOff(let reason) where reason.trimmingCharacters(in: .whitespaces).isEmpty:
            throw InventoryError(.invalidInput, nl: "geef een reden voor het afschrijven", en: "give a reason for the write-off")
        default: break
        }
    }

    static func cleanSerial(_ serial: String?) -> String? {
        guard let trimmed = serial?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    static func checkParties(_ mode: StockMode, _ db: Database) throws {
        guard case .issue(let residentId, let parcelId) = mode else { return }
        _ = try ResidentStore.require(id: residentId, db)
        if let parcelId, try Int.fetchOne(db, sql: "SELECT 1 FROM parcel WHERE id = ?", arguments: [parcelId]) == nil {
            throw InventoryError(
                .notFound,
                nl: "geen pakket \(parcelId) — scan het pakket van de bewoner opnieuw",
                en: "no parcel \(parcelId) — scan the resident's parcel again"
            )
        }
    }

    static func plan(_ batch: StockBatch, today: LocalDay, _ db: Database) throws -> Plan {
        var plan = Plan()
        var running: [Int64: Int] = [:]
        for raw in batch.lines {
            var line = raw
            line.serial = cleanSerial(raw.serial)
            let article = try resolveArticle(line, db)
            let id = article.id ?? 0
            var step = try planLine(line, article: article, mode: batch.mode, db)
            step.line.articleId = id
            let level = try running[id] ?? level(articleId: id, db)
            guard level + step.delta >= 0 else { throw shortage(article, level: level, wanted: line.quantity) }
            running[id] = level + step.delta
            if batch.mode == .receive, let expiry = line.expiry, expiry < today {
                plan.warnings.append(LocalizedText(
                    nl: "\(article.name) partij \(line.batch ?? "-") is al verlopen (\(expiry)) — ontvangen, maar geef het niet uit",
                    en: "\(article.name) batch \(line.batch ?? "-") expired on \(expiry) — received, but do not issue it"
                ))
            }
            plan.steps.append(step)
        }
        return plan
    }

    private static func planLine(_ line: StockLine, article: Article, mode: StockMode, _ db: Database) throws -> PlannedLine {
        if article.kind == .loan { return try planUnit(line, article: article, mode: mode, db) }
        let delta: Int
        switch mode {
        case .receive: delta = line.quantity
        case .issue, .sendBack, .writeOff: delta = -line.quantity
        case .return where article.kind == .hygiene:
            throw InventoryError(
                .refused,
                nl: "\(article.name) is een hygiëne-artikel en gaat nooit terug de voorraad in — gooi het weg of schrijf het af",
                en: "\(article.name) is a hygiene article and never goes back into stock — dispose of it or write it off"
            )
        case .return: delta = line.quantity
        case .cleaned:
            throw InventoryError(
                .invalidInput,
                nl: "\(article.name) is geen uitleenartikel en wordt niet gekeurd — boek alleen uitleenartikelen als gereinigd",
                en: "\(article.name) is not a loan article and is not inspected — only loan units are signed off as cleaned"
            )
        }
        return PlannedLine(line: line, article: article, unit: nil, nextState: nil, delta: delta)
    }

    private static func planUnit(_ line: StockLine, article: Article, mode: StockMode, _ db: Database) throws -> PlannedLine {
        guard let serial = line.serial else {
            throw InventoryError(
                .invalidInput,
                nl: "\(article.name) wordt uitgeleend en heeft een serienummer nodig — scan het serienummer-etiket",
                en: "\(article.name) is a loan article and needs a serial — scan the serial label"
            )
        }
        guard line.quantity == 1 else {
            throw InventoryError(
                .invalidInput,
                nl: "\(article.name) \(serial): een uitleenartikel telt per stuk — aantal is 1, scan elk stuk apart",
                en: "\(article.name) \(serial): a loan article counts one by one — quantity is 1, scan each unit"
            )
        }
        let unit = try StockUnit.filter(Column("serial") == serial).fetchOne(db)
        if let unit, unit.articleId != article.id {
            let owner = try requireArticle(id: unit.articleId, db)
            throw InventoryError(
                .conflict,
                nl: "serienummer \(serial) hoort bij \(owner.number) \(owner.name), niet bij \(article.name) — scan de streepjescode van \(owner.name)",
                en: "serial \(serial) belongs to \(owner.number) \(owner.name), not to \(article.name) — scan the barcode of the \(owner.name)"
            )
        }
        let next = try UnitState.transition(from: unit?.state, on: mode.unitEvent, unit: UnitLabel(articleName: article.name, serial: serial))
        let delta = (next.isOnShelf ? 1 : 0) - (unit?.state.isOnShelf == true ? 1 : 0)
        return PlannedLine(line: line, article: article, unit: unit, nextState: next, delta: delta)
    }

    static func resolveArticle(_ line: StockLine, _ db: Database) throws -> Article {
        if let raw = line.gtin {
            let gtin = try GTIN.validated(raw)
            guard let article = try ArticleStore.article(gtin: gtin, db) else {
                throw InventoryError(
                    .notFound,
                    nl: "GTIN \(gtin) is onbekend — nieuw artikel? voeg het toe met `kiosk stock articles add`",
                    en: "GTIN \(gtin) is unknown — new article? add it with `kiosk stock articles add`"
                )
            }
            return article
        }
        guard let id = line.articleId else {
            throw InventoryError(.invalidInput, nl: "regel zonder GTIN of artikel — scan de streepjescode", en: "a line without GTIN or article — scan the barcode")
        }
        return try requireArticle(id: id, db)
    }

    static func requireArticle(id: Int64, _ db: Database) throws -> Article {
        guard let article = try Article.fetchOne(db, key: id) else {
            throw InventoryError(.notFound, nl: "geen artikel \(id) — zie `kiosk stock articles list`", en: "no article \(id) — see `kiosk stock articles list`")
        }
        return article
    }

    private static func shortage(_ article: Article, level: Int, wanted: Int) -> InventoryError {
        InventoryError(
            .conflict,
            nl: "van \(article.name) zijn er volgens de voorraad \(level), niet \(wanted) — tel de plank (voorraadtelling) of boek eerst de levering",
            en: "the stock shows \(level) of \(article.name), not \(wanted) — count the shelf (stocktake) or book the delivery first"
        )
    }
}

extension StockMode {
    /// What this mode does to a loan unit.
    var unitEvent: UnitEvent {
        switch self {
        case .receive: .receive
        case .issue(_, let parcelId): parcelId == nil ? .handOver : .issueOnRound
        case .return: .giveBack
        case .cleaned: .signOffCleaning
        case .sendBack: .sendBack
        case .writeOff: .writeOff
        }
    }
}
