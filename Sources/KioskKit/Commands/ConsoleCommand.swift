import ArgumentParser
import Foundation
import HubAPI

/// `kiosk` alone: the full-screen resident console on the kiosk's own screen, driven by the
/// numeric keypad. hubd decides every screen; this only draws it and passes keys on.
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "The full-screen kiosk console for residents (default).",
        discussion: "Needs a terminal. For a plain log of intake scans use `kiosk feed`."
    )
    @OptionGroup var global: GlobalOptions

    static let needsTerminal = "kiosk console needs a terminal — run it on the kiosk screen, or use `kiosk feed` for a plain event log"

    func run() async throws {
        guard Terminal.isInteractive() else { throw KioskError(.usage, Self.needsTerminal) }
        let language = consoleLanguage()
        let client = HubClient(socketPath: try SocketLocator.socketPath(explicit: global.socket, config: global.config), language: language)
        let terminal = Terminal()
        try terminal.enter()
        defer { terminal.restore() }
        await ConsoleController(client: client, terminal: terminal, language: language).run()
    }

    /// `--lang` wins; otherwise the hub's configured language, because the kiosk's login
    /// environment (`LANG`) says little about the residents; `LANG` only without a config file.
    func consoleLanguage() -> Language {
        if let lang = global.lang { return Language(localeIdentifier: lang) }
        guard let file = try? HubConfigFile.load(explicitPath: global.config) else { return global.language }
        return Language(localeIdentifier: file.language ?? "nl")
    }
}
