import ArgumentParser
import HubAPI

extension ResidentsCommand {
    struct Timeline: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One resident's contact history: rides, chores, visits, parcels, credit, passes.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Reference or number.") var resident: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let view: ResidentTimelineView = try await global.client().get(APIRoute.residents + "/" + Show.escaped(resident) + "/timeline")
            let p = global.printer
            if json { return try p.json(view) }
            Printer.line("\(view.residentName) — \(p.text("tegoed", "credit")) \(Cents(view.creditCents).formatted(global.language))")
            Printer.line(TextTable.render(
                [p.text("wanneer", "when"), p.text("soort", "kind"), p.text("wat", "what")],
                view.entries.map { [HubCalendarText.dayAndTime($0.time), $0.kind, $0.text(global.language)] }
            ))
        }
    }

    /// Letterbox-only residents stay in sight (issue 18, point 5).
    struct Quiet: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Residents with deliveries but no contact at the door or visit in the last N days, longest without first."
        )
        @OptionGroup var global: GlobalOptions
        @Option(help: "How many days back, today included (1–365).") var days = 14
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let quiet: [QuietResidentView] = try await global.client().get(APIRoute.quietResidents, query: ["days": String(days)])
            let p = global.printer
            if json { return try p.json(quiet) }
            guard !quiet.isEmpty else {
                return p.say("iedereen met leveringen is de laatste \(days) dagen gesproken", "everyone with deliveries was spoken to in the last \(days) days")
            }
            Printer.line(TextTable.render(
                [p.text("bewoner", "resident"), p.text("naam", "name"), p.text("leveringen", "deliveries"), p.text("brievenbus", "letterbox"),
                 p.text("laatst geleverd", "last delivery"), p.text("laatst gesproken", "last contact")],
                quiet.map { [$0.reference ?? "-", $0.name, String($0.deliveries), String($0.letterbox), $0.lastDeliveryOn, $0.lastContactOn ?? p.text("nooit", "never")] }
            ))
        }
    }

    struct Proxies: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Proxies (mantelzorgers) who may act for a resident.", subcommands: [ProxyList.self, ProxyAdd.self, ProxyRemove.self],
            defaultSubcommand: ProxyList.self
        )
    }

    struct ProxyList: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "A resident's proxies, expired ones included.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Resident reference or number.") var resident: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let proxies: [Proxy] = try await global.client().get(APIRoute.proxies, query: ["resident": resident])
            let p = global.printer
            if json { return try p.json(proxies) }
            guard !proxies.isEmpty else { return p.say("geen mantelzorgers", "no proxies") }
            Printer.line(TextTable.render(
                ["#", p.text("naam", "name"), p.text("mag", "scope"), p.text("tot en met", "until")],
                proxies.map { ["\($0.id ?? 0)", $0.name, $0.scopes, $0.expiresOn.text] }
            ))
        }
    }

    struct ProxyAdd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a proxy with a scope and an expiry date.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Resident reference or number.") var resident: String
        @Argument(help: "The proxy's name.") var name: String
        @Option(help: "Comma-separated: parcels, medication, aids, rides.") var scope: String
        @Option(help: "Last valid day, YYYY-MM-DD.") var until: String

        func run() async throws {
            let scopes = try scope.split(separator: ",").map { raw in
                guard let scope = Proxy.Scope(rawValue: raw.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("scope '\(raw)' — use parcels, medication, aids or rides")
                }
                return scope
            }
            guard let day = LocalDay(until) else { throw ValidationError("--until '\(until)' is not YYYY-MM-DD") }
            let proxy: Proxy = try await global.client().send(
                .POST, APIRoute.proxies, body: ProxyAddRequest(resident: resident, name: name, scopes: scopes, expiresOn: day)
            )
            global.printer.say("mantelzorger \(proxy.name) toegevoegd tot en met \(day)", "proxy \(proxy.name) added until \(day)")
        }
    }

    struct ProxyRemove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a proxy.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The proxy's number from `kiosk residents proxies list`.") var id: String

        func run() async throws {
            try await global.client().sendNoContent(.DELETE, APIRoute.proxies + "/\(id)")
            global.printer.say("mantelzorger verwijderd", "proxy removed")
        }
    }
}
