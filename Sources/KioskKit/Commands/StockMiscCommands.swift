import ArgumentParser
import Foundation
import HubAPI
import Inventory
import Workflows

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
        print(TextTable.render(
            [p.text("nummer", "number"), p.text("naam", "name"), p.text("partij", "batch"), p.text("THT", "expires"), p.text("aantal", "qty")],
            batches.map { [$0.articleNumber, $0.articleName, $0.batch ?? "-", $0.expiresOn.text, "\($0.quantity)"] }
        ))
    }
}

struct StockStocktakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stocktake", abstract: "The desk's stocktake batch against the ledger: show the differences, or apply them.",
        subcommands: [Show.self, Apply.self], defaultSubcommand: Show.self
    )

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Differences between the count and the ledger; nothing is booked.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let differences: [StocktakeDifference] = try await global.client().get(APIRoute.stockStocktake)
            let p = global.printer
            if json { return try p.json(differences) }
            let wrong = differences.filter { !$0.matches }
            guard !wrong.isEmpty else { return p.say("de telling klopt met de voorraad", "the count matches the stock") }
            print(TextTable.render(
                [p.text("nummer", "number"), p.text("naam", "name"), p.text("verwacht", "expected"), p.text("geteld", "counted"),
                 p.text("serienummers", "serials")],
                wrong.map { d in
                    let serials = d.missingSerials.map { "-\($0)" } + d.unexpectedSerials.map { "+\($0)" }
                    return [d.articleNumber, d.articleName, "\(d.expected)", "\(d.counted)", serials.joined(separator: " ")]
                }
            ))
            p.say("boek de verschillen met `kiosk stock stocktake apply`", "book the differences with `kiosk stock stocktake apply`")
        }
    }

    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Book the count's differences as adjustments and close the batch.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let receipt: StockDeskReceipt = try await global.client().send(.POST, APIRoute.stockStocktakeApply, body: Optional<String>.none)
            if json { return try global.printer.json(receipt) }
            global.printer.say("telling geboekt: \(receipt.movements) correcties", "stocktake booked: \(receipt.movements) adjustments")
        }
    }
}

struct StockCleaningCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleaning", abstract: "Returned loan units into cleaning; sign-off is a `desk start cleaning-done` batch.", subcommands: [Start.self],
        aliases: ["clean"]
    )

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A returned unit goes into cleaning.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The unit's serial.") var serial: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let unit: StockUnit = try await global.client().send(.POST, APIRoute.stockCleaningStart, body: StockSerialRequest(serial: serial))
            if json { return try global.printer.json(unit) }
            global.printer.say("\(unit.serial) is in reiniging — afmelden met `kiosk stock desk start cleaning-done` en scannen",
                               "\(unit.serial) is in cleaning — sign it off with `kiosk stock desk start cleaning-done` and a scan")
        }
    }
}

struct StockStatementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "statement", abstract: "Vegro's monthly statement as CSV.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The month, YYYY-MM.") var month: String
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let statement: StockStatementResponse = try await global.client().get(APIRoute.stockStatement, query: ["month": month])
        if json { return try global.printer.json(statement) }
        Printer.write(Data(statement.csv.utf8))
    }
}
