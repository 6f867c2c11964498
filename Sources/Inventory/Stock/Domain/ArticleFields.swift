/// What staff type (or a catalogue row holds) to add an article; checked by `ArticleStore.add`.
public struct ArticleFields: Sendable, Equatable, Codable {
    public var number: String
    public var gtins: [String]
    public var name: String
    public var category: String
    public var kind: ArticleKind
    public var minimumLevel: Int
    public var targetLevel: Int
    /// `nil` takes the rules' default (13 weeks).
    public var loanWeeks: Int?
    /// `nil` takes the rules' default (26 weeks).
    public var maxLoanWeeks: Int?

    public init(
        number: String, gtins: [String], name: String, category: String, kind: ArticleKind,
        minimumLevel: Int = 0, targetLevel: Int = 0, loanWeeks: Int? = nil, maxLoanWeeks: Int? = nil
    ) {
        self.number = number
        self.gtins = gtins
        self.name = name
        self.category = category
        self.kind = kind
        self.minimumLevel = minimumLevel
        self.targetLevel = targetLevel
        self.loanWeeks = loanWeeks
        self.maxLoanWeeks = maxLoanWeeks
    }
}
