/// A running total per article, so staff compare the desk with the delivery note at a glance.
public struct StockDeskTotal: Sendable, Equatable, Codable {
    public var articleId: Int64
    public var articleName: String
    public var quantity: Int

    public init(articleId: Int64, articleName: String, quantity: Int) {
        self.articleId = articleId
        self.articleName = articleName
        self.quantity = quantity
    }
}
