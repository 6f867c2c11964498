import Foundation
import GRDB

/// One of Vegro's articles kept in the hub's consignment stock. GTINs live in their own table,
/// as one article can carry several (old and new packaging).
public struct Article: Sendable, Equatable, Codable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    /// Vegro's article number, as it appears on their statement.
    public var number: String
    public var name: String
    public var category: String
    public var kind: ArticleKind
    public var minimumLevel: Int
    public var targetLevel: Int
    /// The default loan term in weeks (loan articles only).
    public var loanWeeks: Int
    /// The longest a loan may run from its issue, unless staff give an override reason.
    public var maxLoanWeeks: Int
    public var createdAt: Date

    public init(
        id: Int64? = nil, number: String, name: String, category: String, kind: ArticleKind,
        minimumLevel: Int, targetLevel: Int, loanWeeks: Int, maxLoanWeeks: Int, createdAt: Date
    ) {
        self.id = id
        self.number = number
        self.name = name
        self.category = category
        self.kind = kind
        self.minimumLevel = minimumLevel
        self.targetLevel = targetLevel
        self.loanWeeks = loanWeeks
        self.maxLoanWeeks = maxLoanWeeks
        self.createdAt = createdAt
    }

    public static let databaseTableName = "article"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// An article as staff see it in the list: with its GTINs and what is on the shelf now.
public struct ArticleView: Sendable, Equatable, Codable {
    public var article: Article
    public var gtins: [String]
    /// Units in stock for a loan article, the ledger sum for the others.
    public var inStock: Int

    public init(article: Article, gtins: [String], inStock: Int) {
        self.article = article
        self.gtins = gtins
        self.inStock = inStock
    }
}
