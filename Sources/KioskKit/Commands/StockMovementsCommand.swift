import ArgumentParser
import Foundation
import HubAPI

/// `kiosk stock movements ARTICLE`: one article's ledger, newest first.
struct StockMovementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "movements", abstract: "One article's ledger, newest first.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Vegro's article number or a GTIN.") var article: String
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let movements: [StockMovement] = try await global.client().get(APIRoute.stockMovements, query: ["article": article])
        let p = global.printer
        if json { return try p.json(movements) }
        guard !movements.isEmpty else { return p.say("nog geen boekingen voor \(article)", "no movements for \(article) yet") }
        Printer.line(TextTable.render(
            [p.text("datum", "date"), p.text("soort", "kind"), p.text("aantal", "qty"), "+/-", p.text("serie", "serial"),
             p.text("partij", "batch"), p.text("door", "by")],
            movements.map { m in
                [m.bookedOn.text, m.kind.rawValue, "\(m.quantity)", m.delta > 0 ? "+\(m.delta)" : "\(m.delta)", m.serial ?? "",
                 m.batch ?? "", m.actorName]
            }
        ))
    }
}
