/// One article's count against the ledger.
public struct StocktakeDifference: Sendable, Equatable, Codable {
    public var articleId: Int64
    public var articleNumber: String
    public var articleName: String
    public var kind: ArticleKind
    public var expected: Int
    public var counted: Int
    /// Loan units the ledger has on the shelf that were not counted.
    public var missingSerials: [String]
    /// Loan units counted that the ledger has elsewhere (or never saw).
    public var unexpectedSerials: [String]

    public init(
        articleId: Int64, articleNumber: String, articleName: String, kind: ArticleKind,
        expected: Int, counted: Int, missingSerials: [String], unexpectedSerials: [String]
    ) {
        self.articleId = articleId
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.kind = kind
        self.expected = expected
        self.counted = counted
        self.missingSerials = missingSerials
        self.unexpectedSerials = unexpectedSerials
    }

    public var wrongCount: Bool { expected != counted }
    public var matches: Bool { !wrongCount && missingSerials.isEmpty && unexpectedSerials.isEmpty }
}
