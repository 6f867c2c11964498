import ArgumentParser
import Foundation
import HubAPI

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
            Printer.line(TextTable.render(
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
