import Inventory

/// The little the batch needs to know about an article, so the batch stays a plain value that
/// tests can drive without a database.
struct StockDeskArticle: Sendable, Equatable {
    var id: Int64
    var name: String
    var tracksSerials: Bool

    init(id: Int64, name: String, tracksSerials: Bool) {
        self.id = id
        self.name = name
        self.tracksSerials = tracksSerials
    }

    init(_ article: Article) {
        self.init(id: article.id ?? 0, name: article.name, tracksSerials: article.kind == .loan)
    }
}
