import ArgumentParser
import HubAPI

struct StockLevelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "levels", abstract: "What is on the shelf, against minimum and target.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let views: [ArticleView] = try await global.client().get(APIRoute.stockLevels)
        let p = global.printer
        if json { return try p.json(views) }
        guard !views.isEmpty else { return p.say("nog geen artikelen", "no articles yet") }
        Printer.line(TextTable.render(
            [p.text("nummer", "number"), p.text("naam", "name"), p.text("voorraad", "in stock"), "min", p.text("streef", "target"), ""],
            views.map { v in
                [v.article.number, v.article.name, "\(v.inStock)", "\(v.article.minimumLevel)", "\(v.article.targetLevel)",
                 v.inStock < v.article.minimumLevel ? p.text("BESTELLEN", "REORDER") : ""]
            }
        ))
    }
}
