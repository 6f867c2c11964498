import ArgumentParser
import Foundation
import HubAPI

/// Options every kiosk command takes: where hubd listens and which language to answer in.
public struct GlobalOptions: ParsableArguments {
    @Option(help: "hubd's Unix socket (default: from the config, else ./var/hubd.sock).")
    var socket: String?

    @Option(help: "Config file to take the socket from.")
    var config: String?

    @Option(help: "Language for people: nl (default) or en. LANG=en_* also selects English.")
    var lang: String?

    public init() {}

    var language: Language {
        Language(localeIdentifier: lang ?? ProcessInfo.processInfo.environment["LANG"])
    }

    var printer: Printer { Printer(language: language) }

    func client() throws -> HubClient {
        HubClient(
            socketPath: try SocketLocator.socketPath(explicit: socket, config: config), language: language, token: SessionFile().read()
        )
    }
}
