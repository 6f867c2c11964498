import ArgumentParser
import HubAPI
import Inventory

struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "login", abstract: "Say who is at the intake console; scans record it.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Your name.") var name: String

    func run() async throws {
        let session: StaffSessionStore.Session = try await global.client().send(.POST, APIRoute.session, body: LoginRequest(name: name))
        global.printer.say("ingelogd: \(session.staffName)", "logged in: \(session.staffName)")
    }
}

struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logout", abstract: "Leave the intake console.")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await global.client().sendNoContent(.DELETE, APIRoute.session)
        global.printer.say("uitgelogd", "logged out")
    }
}

struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate", abstract: "Only against `hubd --simulate`: feed virtual devices.", subcommands: [Scan.self, Tap.self]
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
