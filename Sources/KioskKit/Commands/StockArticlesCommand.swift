import ArgumentParser
import Foundation
import HubAPI

struct StockArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "Vegro's articles at the hub.", subcommands: [List.self, Add.self, Import.self], defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every article with its GTINs, kind and level.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let views: [ArticleView] = try await global.client().get(APIRoute.stockArticles)
            let p = global.printer
            if json { return try p.json(views) }
            guard !views.isEmpty else {
                return p.say("nog geen artikelen — voeg toe met `kiosk stock articles add` of `kiosk stock articles import FILE`",
                             "no articles yet — add with `kiosk stock articles add` or `kiosk stock articles import FILE`")
            }
            Printer.line(TextTable.render(
                [p.text("nummer", "number"), p.text("naam", "name"), p.text("soort", "kind"), "GTIN", p.text("voorraad", "in stock")],
                views.map { [$0.article.number, $0.article.name, $0.article.kind.rawValue, $0.gtins.joined(separator: " "), "\($0.inStock)"] }
            ))
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add one article (staff only).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Vegro's article number.") var number: String
        @Option(help: "What staff read, e.g. \"Rollator Topro Olympos\".") var name: String
        @Option(help: "A GTIN/EAN on its label; repeat for several.") var gtin: [String] = []
        @Option(help: "loan | consumable | hygiene") var kind: ArticleKind
        @Option(help: "E.g. mobiliteit, incontinentie.") var category: String = "-"
        @Option(help: "Reorder below this level.") var minimum: Int = 0
        @Option(help: "Reorder up to this level.") var target: Int = 0
        @Option(help: "Loan term in weeks (loan articles).") var loanWeeks: Int?
        @Option(help: "Longest loan in weeks without an override.") var maxLoanWeeks: Int?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let fields = ArticleFields(
                number: number, gtins: gtin, name: name, category: category, kind: kind, minimumLevel: minimum, targetLevel: target,
                loanWeeks: loanWeeks, maxLoanWeeks: maxLoanWeeks
            )
            let article: Article = try await global.client().send(.POST, APIRoute.stockArticles, body: fields)
            if json { return try global.printer.json(article) }
            global.printer.say("artikel \(article.number) toegevoegd: \(article.name)", "article \(article.number) added: \(article.name)")
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load Vegro's catalogue (CSV: number, gtin, name, category, kind, minimum, target).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let p = global.printer
            guard let content = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw KioskError(.io, p.text("kan \(file) niet lezen — controleer de naam en of het UTF-8 tekst is",
                                             "cannot read \(file) — check the name and that it is UTF-8 text"))
            }
            let request = StockImportRequest(fileName: (file as NSString).lastPathComponent, content: content)
            let result: ArticleImportResult = try await global.client().send(.POST, APIRoute.stockArticlesImport, body: request)
            if json { return try p.json(result) }
            p.say("\(result.loaded) artikelen geladen, \(result.alreadyKnown) waren al bekend",
                  "\(result.loaded) articles loaded, \(result.alreadyKnown) already known")
            for error in result.errors {
                p.warn("\(file):\(error.line): \(error.message.nl)", "\(file):\(error.line): \(error.message.en)")
            }
            if !result.errors.isEmpty {
                p.warn("\(result.errors.count) regel(s) niet geladen — verbeter ze en importeer opnieuw",
                       "\(result.errors.count) line(s) not loaded — fix them and import again")
                throw ExitCode(65)
            }
        }
    }
}
