import ArgumentParser
import Foundation
import HubAPI
import HubCharts

extension ReportCommand {
    struct Chart: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a chart as SVG: deliveries per month stacked by supplier, or the contact share per month."
        )
        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case deliveries, contact
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: "deliveries or contact.") var kind: Kind
        @Option(help: "How many months, up to this one (1–120).") var months = 12
        @Option(help: "The SVG file to write, e.g. deliveries.svg.") var out: String

        func run() async throws {
            let series: DeliverySeries = try await global.client().get(APIRoute.deliverySeries, query: ["months": String(months)])
            let chart = kind == .deliveries ? DeliveryCharts.deliveries(series) : DeliveryCharts.contactShare(series)
            guard FileManager.default.createFile(atPath: out, contents: Data(chart.svg().utf8)) else {
                throw ValidationError("could not write \(out) — check the directory exists and is writable")
            }
            global.printer.say("grafiek geschreven naar \(out)", "chart written to \(out)")
        }
    }
}

/// The two report charts, with Dutch labels for the coordinator's funders.
enum DeliveryCharts {
    static func deliveries(_ series: DeliverySeries) -> BarChart {
        let months = series.months.map(\.month)
        let total = series.months.reduce(0) { $0 + $1.delivered }
        return BarChart(
            title: "Leveringen per maand, per leverancier",
            description: "Afgeleverde pakketten per maand van \(months.first ?? "") tot en met \(months.last ?? ""), gestapeld per leverancier; \(total) in totaal.",
            categories: months,
            series: series.suppliers.map { supplier in
                BarChart.Series(name: supplier, values: series.months.map { Double($0.perSupplier[supplier] ?? 0) })
            },
            emptyMessage: "Geen leveringen in deze periode"
        )
    }

    static func contactShare(_ series: DeliverySeries) -> BarChart {
        let months = series.months.map(\.month)
        return BarChart(
            title: "Contactaandeel per maand",
            description: "Persoonlijk afgegeven als deel van alle leveringen, per maand van \(months.first ?? "") tot en met \(months.last ?? "").",
            categories: months,
            series: [BarChart.Series(name: "contact %", values: series.months.map { $0.delivered == 0 ? 0 : Double($0.contact) * 100 / Double($0.delivered) })],
            emptyMessage: "Geen leveringen in deze periode",
            format: { String(format: "%.0f %%", $0) }
        )
    }
}
