import ArgumentParser
import Foundation
import HubAPI
import HubReports

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The coordinator's figures for a month, quarter, year or range of days (staff only).",
        subcommands: [Month.self, Quarter.self, Year.self, Range.self, Close.self, Chart.self]
    )

    /// Text, `--json` or `--csv`, the same for every period.
    struct Output: ParsableArguments {
        @Flag(help: "One JSON document on stdout.") var json = false
        @Flag(help: "One figure per row as CSV.") var csv = false

        func show(_ query: [String: String?], _ global: GlobalOptions) async throws {
            let report: PeriodReport = try await global.client().get(APIRoute.reports, query: query)
            if json { return try global.printer.json(report) }
            if csv { return Printer.document(PeriodReportCSV.render(report)) }
            PeriodReportText.print(report, global.printer)
        }
    }

    struct Month: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A month's figures, e.g. `report month 2026-11`.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The month, YYYY-MM.") var month: String
        @OptionGroup var output: Output

        func run() async throws { try await output.show(["month": month], global) }
    }

    struct Quarter: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A quarter's figures, e.g. `report quarter 2026-Q4`.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The quarter, YYYY-Qn.") var quarter: String
        @OptionGroup var output: Output

        func run() async throws { try await output.show(["quarter": quarter], global) }
    }

    struct Year: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A year's figures, e.g. `report year 2026`.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The year, YYYY.") var year: String
        @OptionGroup var output: Output

        func run() async throws { try await output.show(["year": year], global) }
    }

    struct Range: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Figures for any run of days, both included, e.g. four weeks: `report range 2026-10-05 2026-11-01`."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The first day, YYYY-MM-DD.") var from: String
        @Argument(help: "The last day, YYYY-MM-DD.") var to: String
        @OptionGroup var output: Output

        func run() async throws { try await output.show(["from": from, "to": to], global) }
    }
}

extension ReportCommand {
    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a month that has ended: its figures and supplier invoices never change again."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The month, YYYY-MM.") var month: String

        func run() async throws {
            let report: PeriodReport = try await global.client().send(.POST, APIRoute.reportClose, query: ["month": month], body: Optional<String>.none)
            global.printer.say(
                "\(report.period) afgesloten: \(report.deliveries.delivered) leveringen, cijfers en facturen liggen nu vast",
                "\(report.period) closed: \(report.deliveries.delivered) deliveries; its figures and invoices are now fixed"
            )
        }
    }
}

/// The period's figures for people.
enum PeriodReportText {
    static func print(_ r: PeriodReport, _ p: Printer) {
        let money = { (cents: Int) in Cents(cents).formatted(p.language) }
        p.say("Periode \(r.period) (\(r.firstDay) t/m \(r.lastDay))", "Period \(r.period) (\(r.firstDay) to \(r.lastDay))")
        if r.closedAt != nil { p.say("afgesloten: deze cijfers veranderen niet meer", "closed: these figures no longer change") }
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
        printDeliveries(r.deliveries, p)
        if let contact = r.contact { printContact(contact, p) }
        printAids(r, p)
    }

    private static func printContact(_ c: PeriodReport.ContactFigures, _ p: Printer) {
        Printer.line()
        let perWeek = c.momentsPerResidentPerWeekHundredths.map { "\($0 / 100)\(p.text(",", "."))\($0 % 100 < 10 ? "0" : "")\($0 % 100)" } ?? "–"
        let minutes = c.averageContactMinutesTenths.map { "\($0 / 10)\(p.text(",", "."))\($0 % 10)" } ?? "–"
        p.say("\(c.contactMoments) contactmomenten bij \(c.residentsSeen) bewoners: \(perWeek) per bewoner per week; gemiddeld \(minutes) minuten; \(c.visitsWithoutDelivery) bezoeken zonder levering",
              "\(c.contactMoments) contact moments with \(c.residentsSeen) residents: \(perWeek) per resident per week; \(minutes) minutes on average; \(c.visitsWithoutDelivery) visits without a delivery")
        guard !c.signals.isEmpty else { return }
        Printer.line(TextTable.render(
            [p.text("signaal", "signal"), p.text("geopend", "opened"), p.text("overgedragen", "handed over"), p.text("gesloten", "closed")],
            c.signals.map { [$0.category, "\($0.opened)", "\($0.handedOver)", "\($0.closed)"] }
        ))
    }

    private static func printDeliveries(_ d: PeriodReport.Deliveries, _ p: Printer) {
        Printer.line()
        Printer.line(TextTable.render(
            [p.text("leverancier", "supplier"), p.text("afgeleverd", "delivered"), "contact", p.text("brievenbus", "letterbox"),
             p.text("buren", "neighbour"), p.text("retour", "returned")],
            d.perSupplier.map { ["\($0.supplierId)", "\($0.delivered)", "\($0.contact)", "\($0.letterbox)", "\($0.neighbour)", "\($0.returned)"] }
        ))
        let share = d.contactSharePermille.map { Self.percent($0, p) } ?? "–"
        p.say("contactaandeel \(share) (contact \(d.contact) van \(d.delivered) afgeleverd); \(d.notHomeRetries) keer niet thuis; \(d.uniqueAddresses) adressen, \(d.uniqueResidents) bewoners",
              "contact share \(share) (contact \(d.contact) of \(d.delivered) delivered); \(d.notHomeRetries) not-home retries; \(d.uniqueAddresses) addresses, \(d.uniqueResidents) residents")
        p.say("\(d.bundledStops) van \(d.stops) stops gebundeld (twee of meer leveranciers); \(d.overdueColdChain) koelverse pakketten te laat afgegeven",
              "\(d.bundledStops) of \(d.stops) stops bundled (two or more suppliers); \(d.overdueColdChain) cold-chain parcels handed over late")
    }

    private static func printAids(_ r: PeriodReport, _ p: Printer) {
        Printer.line()
        Printer.line(TextTable.render(
            [p.text("hulpmiddel", "aid"), p.text("ontvangen", "received"), p.text("uitgegeven", "issued"),
             p.text("retour", "returned"), p.text("afgeschreven", "written off")],
            r.aids.map { ["\($0.articleNumber) \($0.articleName)", "\($0.received)", "\($0.issued)", "\($0.returned)", "\($0.writtenOff)"] }
        ))
        let v = r.van
        p.say("bestelbus Vegro, bovengrens: \(v.kilometres) km en \(v.kilogramsCo2) kg CO₂ bespaard — \(v.vegroDays) dagen × \(v.kilometresPerDay) km × \(v.gramsCo2PerKilometre) g/km",
              "Vegro van, upper bound: \(v.kilometres) km and \(v.kilogramsCo2) kg CO₂ saved — \(v.formula)")
    }

    /// 753 → "75,3 %" or "75.3 %".
    static func percent(_ permille: Int, _ p: Printer) -> String {
        "\(permille / 10)\(p.text(",", "."))\(permille % 10) %"
    }
}
