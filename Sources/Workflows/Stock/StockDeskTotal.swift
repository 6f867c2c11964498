/// A running total per article, so staff compare the desk with the delivery note at a glance.
public struct StockDeskTotal: Sendable, Equatable, Codable {
    public var gtin: String
    public var articleName: String
    public var quantity: Int

    public init(gtin: String, articleName: String, quantity: Int) {
        self.gtin = gtin
        self.articleName = articleName
        self.quantity = quantity
    }
}
