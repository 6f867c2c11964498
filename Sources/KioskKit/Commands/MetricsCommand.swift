import ArgumentParser
import HubAPI

/// The Prometheus scrape on the command line, for the monitor role: what a monitoring server
/// would see, without one.
struct MetricsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics", abstract: "hubd's counters in the Prometheus text format (role monitor)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let text = try await global.client().text(APIRoute.metrics)
        print(text, terminator: "")
    }
}
