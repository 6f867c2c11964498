import ArgumentParser
import Foundation
import HubAPI

/// `kiosk stock reorder [--slip | --csv]`: what is below its minimum, and the slip for the van.
struct StockReorderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reorder", abstract: "Articles below their minimum; --slip stores an order slip for the van, --csv prints the last slip as CSV."
    )
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Store the current list as an order slip and print it for the van driver.") var slip = false
    @Flag(help: "The last order slip as CSV.") var csv = false
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let p = global.printer
        guard !(slip && csv) else {
            throw KioskError(.usage, p.text("kies --slip of --csv, niet beide", "choose --slip or --csv, not both"))
        }
        let client = try global.client()
        if slip || csv {
            let document: StockOrderSlipResponse = slip
                ? try await client.send(.POST, APIRoute.stockOrderSlip, body: Optional<String>.none)
                : try await client.get(APIRoute.stockOrderSlip)
            if json { return try p.json(document) }
            return Printer.document(csv ? document.csv : document.text)
        }
        let lines: [ReorderLine] = try await client.get(APIRoute.stockReorder)
        if json { return try p.json(lines) }
        guard !lines.isEmpty else { return p.say("alles is op of boven het minimum", "everything is at or above its minimum") }
        Printer.line(TextTable.render(
            [p.text("nummer", "number"), p.text("naam", "name"), p.text("voorraad", "in stock"), "min", p.text("streef", "target"),
             p.text("bestellen", "order")],
            lines.map { [$0.articleNumber, $0.articleName, "\($0.inStock)", "\($0.minimumLevel)", "\($0.targetLevel)", "\($0.quantity)"] }
        ))
        p.say("maak de bestelbon met `kiosk stock reorder --slip`", "make the order slip with `kiosk stock reorder --slip`")
    }
}
