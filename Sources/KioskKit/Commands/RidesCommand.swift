import ArgumentParser
import HubAPI

struct RidesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rides", abstract: "Check-ins and check-outs (staff only).")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Only rides still open.") var open = false
    @Option(help: "Day as YYYY-MM-DD (default: all days, newest first).") var date: String?
    @Flag(help: "One JSON document on stdout.") var json = false

    func run() async throws {
        let rides: [ServiceUseView] = try await global.client().get(APIRoute.rides, query: ["open": open ? "true" : nil, "date": date])
        let p = global.printer
        if json { return try p.json(rides) }
        guard !rides.isEmpty else { return p.say("geen ritten", "no rides") }
        Printer.line(TextTable.render(
            ["#", p.text("bewoner", "resident"), p.text("rit", "ride"), p.text("in", "in"), p.text("uit", "out"), p.text("betaling", "payment")],
            rides.map { UseRow.cells($0, p) }
        ))
    }
}

struct ReviewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews", abstract: "Rides the hub closed at day end, for a staff look (staff only).", subcommands: [List.self, Resolve.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The review queue, oldest first.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let queue: [ServiceUseView] = try await global.client().get(APIRoute.reviews)
            let p = global.printer
            if json { return try p.json(queue) }
            guard !queue.isEmpty else { return p.say("niets te controleren", "nothing to review") }
            Printer.line(TextTable.render(
                ["#", p.text("bewoner", "resident"), p.text("rit", "ride"), p.text("in", "in"), p.text("uit", "out"), p.text("betaling", "payment")],
                queue.map { UseRow.cells($0, p) }
            ))
        }
    }

    struct Resolve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a queued ride as seen.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The number from `kiosk reviews`.") var id: String
        @Option(help: "What was found out, e.g. 'came back by taxi'.") var note: String?

        func run() async throws {
            let view: ServiceUseView = try await global.client().send(.POST, APIRoute.reviews + "/\(id)/resolve", body: ReviewResolveRequest(note: note))
            global.printer.say("rit \(view.use.id ?? 0) afgehandeld", "ride \(view.use.id ?? 0) resolved")
        }
    }
}

enum UseRow {
    static func cells(_ view: ServiceUseView, _ p: Printer) -> [String] {
        let use = view.use
        let out: String = use.endedAt.map { HubCalendarText.dayAndTime($0) + (use.endReason == .auto ? p.text(" (auto)", " (auto)") : "") }
            ?? p.text("onderweg", "out")
        return [
            "\(use.id ?? 0)", view.residentName, view.serviceName, HubCalendarText.dayAndTime(use.startedAt), out,
            Cents(use.priceCents).formatted(p.language) + " " + use.paymentState.rawValue,
        ]
    }
}
