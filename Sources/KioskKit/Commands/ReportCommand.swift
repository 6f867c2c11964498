import ArgumentParser
import Foundation
import HubAPI

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "The coordinator's figures (staff only).", subcommands: [Month.self])

    struct Month: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The month's figures: services, residents, contributions, deliveries.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The month, YYYY-MM.") var month: String
        @Flag(help: "One JSON document on stdout.") var json = false
        @Flag(help: "One figure per row as CSV.") var csv = false

        func run() async throws {
            let report: MonthReport = try await global.client().get(APIRoute.reportMonth, query: ["month": month])
            if json { return try global.printer.json(report) }
            if csv { return Printer.document(try MonthReportCSV.render(report)) }
            MonthReportText.print(report, global.printer)
        }
    }
}

/// The month's figures for people.
enum MonthReportText {
    static func print(_ r: MonthReport, _ p: Printer) {
        let money = { (cents: Int) in Cents(cents).formatted(p.language) }
        p.say("Maand \(r.month)", "Month \(r.month)")
        p.say("ritten \(r.rides), klussen \(r.chores), activiteiten \(r.activities); \(r.uniqueResidents) verschillende bewoners; \(r.autoClosedRides) ritten automatisch gesloten",
              "rides \(r.rides), chores \(r.chores), activities \(r.activities); \(r.uniqueResidents) different residents; \(r.autoClosedRides) rides closed by the hub")
        Printer.line(TextTable.render(
            [p.text("dienst", "service"), p.text("soort", "kind"), p.text("keer", "uses"), p.text("bewoners", "residents"), p.text("bijdrage", "contribution")],
            r.services.map { [$0.name, $0.kind.label(p.language), "\($0.uses)", "\($0.uniqueResidents)", money($0.contributionCents)] }
        ))
        Printer.line()
        Printer.line(TextTable.render(
            [p.text("betaling", "payment"), p.text("keer", "count"), p.text("bedrag", "amount")],
            r.contributions.map { [$0.payment.label(p.language), "\($0.count)", money($0.cents)] }
        ))
        Printer.line()
        let d = r.parcels
        Printer.line(TextTable.render([p.text("leverancier", "supplier"), p.text("pakketten", "parcels")], d.perSupplier.map { [$0.supplierId, "\($0.count)"] }))
        p.say("afgeleverd: contact \(d.contact), brievenbus \(d.letterbox), buren \(d.neighbour), niet thuis \(d.notHome), retour \(d.returned); \(d.uniqueAddresses) adressen",
              "deliveries: contact \(d.contact), letterbox \(d.letterbox), neighbour \(d.neighbour), not home \(d.notHome), returned \(d.returned); \(d.uniqueAddresses) addresses")
        printAids(r.aids, p)
    }

    private static func printAids(_ aids: StockMonthFigures, _ p: Printer) {
        Printer.line()
        Printer.line(TextTable.render(
            [p.text("hulpmiddel", "aid"), p.text("ontvangen", "received"), p.text("uitgegeven", "issued"),
             p.text("retour", "returned"), p.text("afgeschreven", "written off")],
            aids.lines.map { ["\($0.articleNumber) \($0.articleName)", "\($0.received)", "\($0.issued)", "\($0.returned)", "\($0.writtenOff)"] }
        ))
        let co2 = String(format: "%.1f", aids.kilogramsCo2Saved)
        p.say("\(aids.daysWithMovements) dagen met voorraadbewegingen: ongeveer \(aids.vanKilometresSaved) km bestelbus en \(co2) kg CO₂ bespaard",
              "\(aids.daysWithMovements) days with stock movements: about \(aids.vanKilometresSaved) van km and \(co2) kg CO₂ saved")
    }
}
