import Inventory

/// The stores the stock desk reads and books through, handed over as one value.
public struct StockDeskStores: Sendable {
    public let articles: ArticleStore
    public let stock: StockStore
    public let residents: ResidentStore
    public let passes: PassStore
    /// Parcel labels are recognised by the same supplier patterns intake uses.
    public let suppliers: SupplierDirectory

    public init(articles: ArticleStore, stock: StockStore, residents: ResidentStore, passes: PassStore, suppliers: SupplierDirectory) {
        self.articles = articles
        self.stock = stock
        self.residents = residents
        self.passes = passes
        self.suppliers = suppliers
    }
}
