import ArgumentParser
import HubAPI

struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate", abstract: "Feed virtual devices (only against `hubd --simulate`) and press console keys.",
        subcommands: [Scan.self, Tap.self, Key.self, Entry.self, Screen.self, Terminal.self]
    )

    struct Scan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a code into a virtual scanner's pty.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Device name, e.g. intake-scanner.") var device: String
        @Argument(help: "The code to scan.") var code: String

        func run() async throws {
            let result: SimulateScanResponse = try await global.client().send(.POST, APIRoute.simulateScan, body: SimulateScanRequest(device: device, code: code))
            global.printer.say("\(result.bytesWritten) bytes naar \(result.path)", "\(result.bytesWritten) bytes to \(result.path)")
        }
    }

    struct Tap: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tap a card on a virtual pass reader (UID in hex, e.g. E3086CED).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Device name, e.g. pass-reader.") var device: String
        @Argument(help: "The card's UID in hex.") var uid: String

        func run() async throws {
            let result: SimulateScanResponse = try await global.client().send(.POST, APIRoute.simulateTap, body: SimulateTapRequest(device: device, uid: uid))
            global.printer.say("\(result.bytesWritten) bytes naar \(result.path)", "\(result.bytesWritten) bytes to \(result.path)")
        }
    }
}

extension SimulateCommand {
    struct Terminal: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Script the simulated card terminal's next payment: approve, decline, timeout, busy, abort-accepted, abort-refused, drop-before-ack, drop-after-ack; or unsolicited."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "What the terminal does next.") var script: String
        @Option(help: "Terminal device name (default: the only one).") var device: String?

        func run() async throws {
            let result: SimulateScanResponse = try await global.client().send(
                .POST, APIRoute.simulateTerminal, body: SimulateTerminalRequest(device: device, script: script)
            )
            global.printer.say("\(result.device): volgende betaling \(script)", "\(result.device): next payment \(script)")
        }
    }

    struct Key: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Press a keypad key on the kiosk console, as the console would, and show the next screen.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The key, e.g. 1 or 0.") var key: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let client = try global.client()
            let current: ConsoleScreen = try await client.get(APIRoute.consoleScreen)
            let next: ConsoleScreen = try await client.send(.POST, APIRoute.consoleKey, body: ConsoleKeyRequest(session: current.session, key: key))
            if json { return try global.printer.json(next) }
            ScreenSummary.lines(next, global.language).forEach { Printer.line($0) }
        }
    }

    struct Entry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Type digits and Enter on the kiosk console (a staff PIN, a resident number, a quantity), as the console would."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The digits typed before Enter.") var value: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let client = try global.client()
            let current: ConsoleScreen = try await client.get(APIRoute.consoleScreen)
            let next: ConsoleScreen = try await client.send(.POST, APIRoute.consoleEntry, body: ConsoleEntryRequest(session: current.session, value: value))
            if json { return try global.printer.json(next) }
            ScreenSummary.lines(next, global.language).forEach { Printer.line($0) }
        }
    }

    struct Screen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show what the kiosk console shows right now.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let screen: ConsoleScreen = try await global.client().get(APIRoute.consoleScreen)
            if json { return try global.printer.json(screen) }
            ScreenSummary.lines(screen, global.language).forEach { Printer.line($0) }
        }
    }
}
