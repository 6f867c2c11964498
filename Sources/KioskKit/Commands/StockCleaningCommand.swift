import ArgumentParser
import Foundation
import HubAPI

struct StockCleaningCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleaning", abstract: "Returned loan units into cleaning; sign-off is a `desk start cleaning-done` batch.", subcommands: [Start.self],
        aliases: ["clean"]
    )

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A returned unit goes into cleaning.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The unit's serial.") var serial: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let unit: StockUnit = try await global.client().send(.POST, APIRoute.stockCleaningStart, body: StockSerialRequest(serial: serial))
            if json { return try global.printer.json(unit) }
            global.printer.say("\(unit.serial) is in reiniging — afmelden met `kiosk stock desk start cleaning-done` en scannen",
                               "\(unit.serial) is in cleaning — sign it off with `kiosk stock desk start cleaning-done` and a scan")
        }
    }
}
