/// A consumable batch still on the shelf with its GS1 expiry date.
public struct ExpiringBatch: Sendable, Equatable, Codable {
    public var articleId: Int64
    public var articleNumber: String
    public var articleName: String
    public var batch: String?
    public var expiresOn: LocalDay
    public var quantity: Int

    public init(articleId: Int64, articleNumber: String, articleName: String, batch: String?, expiresOn: LocalDay, quantity: Int) {
        self.articleId = articleId
        self.articleNumber = articleNumber
        self.articleName = articleName
        self.batch = batch
        self.expiresOn = expiresOn
        self.quantity = quantity
    }
}
