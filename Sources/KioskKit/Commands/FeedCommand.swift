import ArgumentParser
import Foundation
import HubAPI

/// `kiosk feed`: the plain intake log. Each scan appears the moment hubd has stored it; works
/// on any terminal, pipe or log file.
struct FeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feed", abstract: "The live intake event log, one line per scan.")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let client = try global.client()
        let p = global.printer
        p.say("buurhub intake — scan de pakketten. Ctrl-C om te stoppen.", "buurhub intake — scan the parcels. Ctrl-C to stop.")
        for try await event in client.events() where event.kind != .screen {
            let line = "\(p.time(event.time))  \(Self.mark(event.kind))  \(event.message(global.language))"
            Printer.write(Data((TerminalText.line(line) + "\n").utf8))
        }
        p.warn("hubd heeft de verbinding gesloten — start `kiosk feed` opnieuw als hubd weer draait",
               "hubd closed the connection — start `kiosk feed` again when hubd is back")
    }

    static func mark(_ kind: HubEvent.Kind) -> String {
        switch kind {
        case .scanAccepted: "OK "
        case .scanDuplicate: "== "
        case .scanRejected: "!! "
        case .scanFailed: "XX "
        case .screen: "-- "
        case .payment: "€  "
        case .stock: "ST "
        }
    }
}
