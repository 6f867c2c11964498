import Foundation
import GRDB

/// Applies central's reference data to the hub (issue 17, point 5): each page of changes in
/// one transaction with the version it brings the hub to, so a hub cut off halfway holds either
/// the whole page or none of it and asks again from where it stood.
///
/// Every item passes the checks a staff member's own entry would (`ServiceCatalog`'s,
/// `ArticleStore`'s), so central cannot put on a hub what the hub's own commands would refuse.
public struct ReferenceStore: Sendable {
    /// What one page changed, for the journal and the audit row.
    public struct Applied: Sendable, Equatable {
        public var version: Int64
        public var suppliers = 0
        public var services = 0
        public var articles = 0

        public var summary: String {
            "version \(version): \(suppliers) supplier(s), \(services) service(s), \(articles) article(s)"
        }
    }

    let database: HubDatabase
    let calendar: HubCalendar
    let kioskRules: KioskRules
    let stockRules: StockRules
    let suppliers: SupplierDirectory

    public init(database: HubDatabase, calendar: HubCalendar, kioskRules: KioskRules, stockRules: StockRules = StockRules(), suppliers: SupplierDirectory) {
        self.database = database
        self.calendar = calendar
        self.kioskRules = kioskRules
        self.stockRules = stockRules
        self.suppliers = suppliers
    }

    /// The highest version applied; 0 before the first.
    public func version() async throws -> Int64 {
        try await database.pool.read(Self.version)
    }

    /// The version applied and the id of central's load that made it, which tells the hub when
    /// central has handed out that number again after a restore.
    public func position() async throws -> (version: Int64, load: String?) {
        try await database.pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT version, load_id FROM reference_cursor")
            return (row?["version"] ?? 0, row?["load_id"])
        }
    }

    static func version(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT version FROM reference_cursor") ?? 0
    }

    /// Applies the changes above the hub's version, in version order, and moves the version to
    /// `through` (what central says the page brings the hub to). One refused item refuses the page.
    @discardableResult
    public func apply(_ changes: [ReferenceChange], through: Int64, load: String? = nil) async throws -> Applied {
        let now = calendar.now()
        let (kioskRules, stockRules) = (kioskRules, stockRules)
        let (applied, fromCentral) = try await database.pool.write { db in
            let current = try Self.version(db)
            let fresh = changes.filter { $0.version > current }.sorted { $0.version < $1.version }
            var applied = Applied(version: max(current, through, fresh.last?.version ?? 0))
            var fromCentral: [Supplier] = []
            for change in fresh {
                try Self.refused(change.item.kind, change.item.key) { try change.item.check(kioskRules: kioskRules, stockRules: stockRules) }
                switch change.item {
                case .supplier(let supplier):
                    try Self.put(supplier, version: change.version, now: now, db)
                    fromCentral.append(supplier)
                    applied.suppliers += 1
                case .service(let fields, let active):
                    try Self.put(fields, active: active, rules: kioskRules, now: now, db)
                    applied.services += 1
                case .article(let fields):
                    try Self.put(fields, rules: stockRules, now: now, db)
                    applied.articles += 1
                }
            }
            guard applied.version > current else { return (applied, fromCentral) }
            try db.execute(
                sql: "INSERT OR REPLACE INTO reference_cursor (singleton, version, load_id, applied_at) VALUES (1, ?, ?, ?)",
                arguments: [applied.version, load, now]
            )
            if !fresh.isEmpty {
                try AuditLog.record(db, at: now, actor: .hub, action: "reference.apply", subject: applied.summary)
            }
            return (applied, fromCentral)
        }
        suppliers.adopt(fromCentral)
        return applied
    }

    /// Central no longer holds the version the hub applied, or made it in another load
    /// (restored from an older dump): the hub takes everything again, which changes nothing it
    /// already holds, rather than miss the changes central numbered again.
    public func rewind() async throws {
        try await database.pool.write { db in
            try db.execute(sql: "DELETE FROM reference_cursor")
        }
    }

    /// Central's suppliers as the hub last applied them, for the directory at start, and the
    /// ids of any this hubd can no longer read (left out, so the hub still starts).
    public static func storedSuppliers(_ database: HubDatabase) throws -> (suppliers: [Supplier], unreadable: [String]) {
        try database.pool.read { db in
            var suppliers: [Supplier] = []
            var unreadable: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, body FROM reference_supplier ORDER BY version") {
                if let supplier = try? JSONDecoder().decode(Supplier.self, from: Data((row["body"] as String).utf8)) {
                    suppliers.append(supplier)
                } else {
                    unreadable.append(row["id"])
                }
            }
            return (suppliers, unreadable)
        }
    }

    /// A supplier's patterns and name for the directory; its rate from now on when central's
    /// rate changed (a closed month keeps its own). Compared with central's previous rate, not
    /// the one in force: a rate set since with `kiosk invoice rate` stays until central's own
    /// rate moves.
    private static func put(_ supplier: Supplier, version: Int64, now: Date, _ db: Database) throws {
        let previous = try String.fetchOne(db, sql: "SELECT body FROM reference_supplier WHERE id = ?", arguments: [supplier.id])
            .flatMap { try? JSONDecoder().decode(Supplier.self, from: Data($0.utf8)) }
        let body = try ReferenceItem.supplier(supplier).body()
        try db.execute(sql: "INSERT OR REPLACE INTO reference_supplier (id, body, version) VALUES (?, ?, ?)", arguments: [supplier.id, body, version])
        guard let cents = supplier.rateCents, previous?.rateCents != cents else { return }
        try SupplierRateRecord(supplierId: supplier.id, rateCents: cents, setAt: now, setBy: "central", source: SupplierRate.Source.central.rawValue).upsert(db)
    }

    /// A service by its code: its fields replaced, its place in the list and history kept.
    private static func put(_ fields: ServiceFields, active: Bool, rules: KioskRules, now: Date, _ db: Database) throws {
        var service = try refused(.service, fields.code) { try ServiceCatalog.validated(fields, defaultMaxPrice: rules.defaultMaxPrice, now: now) }
        service.active = active
        if let existing = try ServiceCatalog.find(code: service.code, db) {
            service.id = existing.id
            service.createdAt = existing.createdAt
            service.position = fields.position ?? existing.position
            try service.update(db)
        } else {
            if fields.position == nil {
                service.position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM service") ?? 1
            }
            try service.insert(db)
        }
    }

    /// An article by its number: its fields replaced, its GTINs added; a GTIN central gives
    /// to this article leaves whichever article held it, since central's catalogue is Vegro's.
    private static func put(_ fields: ArticleFields, rules: StockRules, now: Date, _ db: Database) throws {
        let checked = try refused(.article, fields.number) { try ArticleStore.checked(fields, rules: rules) }
        var article = checked.article
        if let existing = try Article.filter(Column("number") == article.number).fetchOne(db) {
            article.id = existing.id
            article.createdAt = existing.createdAt
            try article.update(db)
        } else {
            article.createdAt = now
            try article.insert(db)
        }
        for gtin in checked.gtins {
            try db.execute(sql: "INSERT OR REPLACE INTO article_gtin (gtin, article_id) VALUES (?, ?)", arguments: [gtin, article.id])
        }
    }

    /// A refusal names the item, so the coordinator knows which line of central's catalogue to mend.
    private static func refused<T>(_ kind: ReferenceItem.Kind, _ key: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InventoryError {
            throw InventoryError(
                error.code,
                nl: "centrale \(kind.rawValue) '\(key.prefix(40))': \(error.text.nl)",
                en: "central's \(kind.rawValue) '\(key.prefix(40))': \(error.text.en)"
            )
        }
    }
}
