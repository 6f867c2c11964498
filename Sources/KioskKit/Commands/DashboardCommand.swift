import ArgumentParser
import HubAPI

/// Pairing browsers for the staff dashboard. The approval happens here, at the hub, by a staff
/// member logged in with pass and PIN: a browser on the LAN can ask, never admit itself.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Pair, list and unpair the browsers that may open the staff dashboard (staff only).",
        subcommands: [Approve.self, List.self, Revoke.self]
    )

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve", abstract: "Pair the browser that shows this six-digit code on its pairing page."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The code the browser shows, e.g. 468122.") var code: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let browser: PairedBrowser = try await global.client().send(.POST, DashboardAdminRoute.approve, body: BrowserApproveRequest(code: code))
            if json { return try global.printer.json(browser) }
            global.printer.say(
                "browser \(browser.id) gekoppeld (\(TerminalText.line(browser.label))) — medewerkers loggen daar nu in met hun PIN",
                "browser \(browser.id) paired (\(TerminalText.line(browser.label))) — staff now log in there with their PIN"
            )
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Paired and unpaired browsers, newest first.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let browsers: [PairedBrowser] = try await global.client().get(DashboardAdminRoute.browsers)
            let p = global.printer
            if json { return try p.json(browsers) }
            if browsers.isEmpty { return p.say("nog geen browsers gekoppeld", "no browsers paired yet") }
            Printer.line(TextTable.render(
                ["#", p.text("browser", "browser"), p.text("gekoppeld", "paired"), p.text("ingetrokken", "revoked")],
                browsers.map { ["\($0.id)", TerminalText.line($0.label), p.time($0.approvedAt), p.time($0.revokedAt)] }
            ))
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke", abstract: "Unpair a browser at once; whoever was logged in there is logged out."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The browser's number from `kiosk dashboard list`.") var id: Int64
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let browser: PairedBrowser = try await global.client().send(.POST, DashboardAdminRoute.revoke(id), body: Optional<String>.none)
            if json { return try global.printer.json(browser) }
            global.printer.say("browser \(browser.id) ontkoppeld", "browser \(browser.id) unpaired")
        }
    }
}
