import ArgumentParser
import Foundation
import HubAPI

struct StockStatementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "statement", abstract: "Vegro's monthly statement as CSV.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The month, YYYY-MM.") var month: String
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let statement: StockStatementResponse = try await global.client().get(APIRoute.stockStatement, query: ["month": month])
        if json { return try global.printer.json(statement) }
        Printer.document(statement.csv)
    }
}
