import ArgumentParser
import HubAPI

extension StockDeskMode: ExpressibleByArgument {}
extension ArticleKind: ExpressibleByArgument {}

/// `kiosk stock …`: Vegro's consignment stock at the hub (staff only).
struct StockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock", abstract: "Vegro stock: articles, levels, the stock desk, reorder, loans, expiry, stocktake (staff only).",
        subcommands: [
            StockArticlesCommand.self, StockLevelsCommand.self, StockMovementsCommand.self, StockDeskCommand.self, StockReorderCommand.self, StockLoansCommand.self,
            StockExpiringCommand.self, StockStocktakeCommand.self, StockCleaningCommand.self, StockStatementCommand.self,
        ]
    )
}
