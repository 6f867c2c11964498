import ArgumentParser
import Foundation
import HubAPI

struct StockExpiringCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "expiring", abstract: "Batches on the shelf that expire soon.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Span, e.g. 30d or 4w.") var within: String = "30d"
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let p = global.printer
        let days = try StockDays.parse(within, p)
        let batches: [ExpiringBatch] = try await global.client().get(APIRoute.stockExpiring, query: ["within": String(days)])
        if json { return try p.json(batches) }
        guard !batches.isEmpty else { return p.say("niets verloopt binnen \(days) dagen", "nothing expires within \(days) days") }
        Printer.line(TextTable.render(
            [p.text("nummer", "number"), p.text("naam", "name"), p.text("partij", "batch"), p.text("THT", "expires"), p.text("aantal", "qty")],
            batches.map { [$0.articleNumber, $0.articleName, $0.batch ?? "-", $0.expiresOn.text, "\($0.quantity)"] }
        ))
    }
}
