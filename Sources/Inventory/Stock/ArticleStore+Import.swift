import Foundation
import GRDB

/// What a catalogue import loaded, and each row that did not, by line.
public struct ArticleImportResult: Sendable, Equatable, Codable {
    public var loaded: Int
    /// Rows whose article number is already in the catalogue: left as they are.
    public var alreadyKnown: Int
    /// Row errors share the manifest's shape: a line and a message in both languages.
    public var errors: [ManifestRowError]

    public init(loaded: Int, alreadyKnown: Int, errors: [ManifestRowError]) {
        self.loaded = loaded
        self.alreadyKnown = alreadyKnown
        self.errors = errors
    }
}

extension ArticleStore {
    /// Loads Vegro's catalogue: each good row in its own savepoint, each bad one reported by
    /// line, the whole import audited once naming the file. GTINs in one cell are split on `|`.
    public func importCSV(_ text: String, fileName: String, by actor: StaffActor) async throws -> ArticleImportResult {
        let now = calendar.now()
        let rules = rules
        let (rows, parseErrors) = CatalogueCSV.parse(text)
        return try await database.pool.write { db in
            var result = ArticleImportResult(loaded: 0, alreadyKnown: 0, errors: [])
            var errors = parseErrors
            for (line, fields) in rows {
                do {
                    let checked = try Self.checked(fields, rules: rules)
                    if try Article.filter(Column("number") == checked.article.number).fetchCount(db) > 0 {
                        result.alreadyKnown += 1
                        continue
                    }
                    _ = try Self.insert(checked, now: now, db)
                    result.loaded += 1
                } catch let error as InventoryError {
                    errors.append(ManifestRowError(line: line, error.text))
                }
            }
            result.errors = errors.sorted { $0.line < $1.line }
            try AuditLog.record(db, at: now, actor: actor, action: "stock.article.import", subject: fileName)
            return result
        }
    }
}
