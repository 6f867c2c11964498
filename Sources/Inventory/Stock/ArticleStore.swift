import Foundation
import GRDB

/// Vegro's article catalogue as the hub keeps it: numbers, GTINs, kinds and stock levels.
public struct ArticleStore: Sendable {
    let database: HubDatabase
    let calendar: HubCalendar
    let rules: StockRules

    public init(database: HubDatabase, calendar: HubCalendar, rules: StockRules = StockRules()) {
        self.database = database
        self.calendar = calendar
        self.rules = rules
    }

    /// Adds one article with its GTINs, audited; refuses a duplicate number or GTIN by name.
    @discardableResult
    public func add(_ fields: ArticleFields, by actor: StaffActor) async throws -> Article {
        let now = calendar.now()
        let checked = try Self.checked(fields, rules: rules)
        return try await database.pool.write { db in
            let article = try Self.insert(checked, now: now, db)
            try AuditLog.record(db, at: now, actor: actor, action: "stock.article.add", subject: article.number)
            return article
        }
    }

    /// Every article by number, with GTINs and the current level.
    public func list() async throws -> [ArticleView] {
        try await database.pool.read { db in
            let articles = try Article.order(Column("number")).fetchAll(db)
            let gtins = try Row.fetchAll(db, sql: "SELECT article_id, gtin FROM article_gtin ORDER BY gtin")
            var byArticle: [Int64: [String]] = [:]
            for row in gtins { byArticle[row["article_id"], default: []].append(row["gtin"]) }
            let levels = try StockStore.levels(db)
            return articles.map { article in
                let id = article.id ?? 0
                return ArticleView(article: article, gtins: byArticle[id] ?? [], inStock: levels[id] ?? 0)
            }
        }
    }

    /// The article a scanned GTIN belongs to; a bad check digit is refused, an unknown one is `nil`.
    public func article(gtin: String) async throws -> Article? {
        let normalised = try GTIN.validated(gtin)
        return try await database.pool.read { db in try Self.article(gtin: normalised, db) }
    }

    public func article(number: String) async throws -> Article? {
        let trimmed = number.trimmingCharacters(in: .whitespaces)
        return try await database.pool.read { db in
            try Article.filter(Column("number") == trimmed).fetchOne(db)
        }
    }

    static func article(gtin normalised: String, _ db: Database) throws -> Article? {
        try Article.fetchOne(db, sql: """
            SELECT article.* FROM article JOIN article_gtin ON article_gtin.article_id = article.id
            WHERE article_gtin.gtin = ?
            """, arguments: [normalised])
    }

    static func insert(_ checked: Checked, now: Date, _ db: Database) throws -> Article {
        if let existing = try Article.filter(Column("number") == checked.article.number).fetchOne(db) {
            throw InventoryError(
                .conflict,
                nl: "artikel \(existing.number) bestaat al (\(existing.name)) — kies een ander artikelnummer",
                en: "article \(existing.number) already exists (\(existing.name)) — choose another article number"
            )
        }
        for gtin in checked.gtins {
            if let owner = try article(gtin: gtin, db) {
                throw InventoryError(
                    .conflict,
                    nl: "GTIN \(gtin) hoort al bij artikel \(owner.number) (\(owner.name)) — controleer de streepjescode",
                    en: "GTIN \(gtin) already belongs to article \(owner.number) (\(owner.name)) — check the barcode"
                )
            }
        }
        var article = checked.article
        article.createdAt = now
        try article.insert(db)
        for gtin in checked.gtins {
            try db.execute(sql: "INSERT INTO article_gtin (gtin, article_id) VALUES (?, ?)", arguments: [gtin, article.id])
        }
        return article
    }
}
