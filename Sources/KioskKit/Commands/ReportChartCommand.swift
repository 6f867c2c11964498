import ArgumentParser
import Foundation
import HubAPI
import HubReports

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
