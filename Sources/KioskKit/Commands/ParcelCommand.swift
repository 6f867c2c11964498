import ArgumentParser
import HubAPI

struct ParcelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parcel", abstract: "Assign a parcel or record its delivery outcome.",
        subcommands: [Assign.self, Deliver.self]
    )

    struct Assign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign a parcel to a resident (reference or number).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The parcel's barcode.") var barcode: String
        @Argument(help: "The resident's reference or number.") var resident: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let view: ParcelView = try await global.client().send(.POST, APIRoute.assign, body: AssignRequest(barcode: barcode, resident: resident))
            let p = global.printer
            if json { return try p.json(view) }
            p.say("\(view.barcode) toegewezen aan \(view.resident?.name ?? "?")", "\(view.barcode) assigned to \(view.resident?.name ?? "?")")
        }
    }

    struct Deliver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record how a delivery ended.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The parcel's barcode.") var barcode: String
        @Option(help: "contact | letterbox | neighbour | not-home | returned") var outcome: String
        @Option(help: "With a contact, roughly how long at the door: 0-5 | 5-15 | 15+") var minutes: String?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            guard let outcome = DeliveryOutcome(rawValue: outcome) else {
                throw KioskError(.usage, global.printer.text(
                    "uitkomst '\(outcome)' bestaat niet — kies contact, letterbox, neighbour, not-home of returned",
                    "outcome '\(outcome)' does not exist — choose contact, letterbox, neighbour, not-home or returned"
                ))
            }
            let view: ParcelView = try await global.client().send(.POST, APIRoute.deliver, body: DeliverRequest(barcode: barcode, outcome: outcome, minutes: minutes))
            let p = global.printer
            if json { return try p.json(view) }
            let label = outcome.label(global.language)
            if outcome == .notHome {
                p.say("\(view.barcode): \(label) — staat morgen weer op de lijst", "\(view.barcode): \(label) — back on tomorrow's list")
            } else {
                p.say("\(view.barcode): \(label) vastgelegd", "\(view.barcode): \(label) recorded")
            }
        }
    }
}
