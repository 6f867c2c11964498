import ArgumentParser
import Foundation
import HubAPI

/// `kiosk signals`: what concierges noticed at the door, and its follow-up (issue 18).
struct SignalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signals", abstract: "Signals noticed at the door and their follow-up (staff only).",
        subcommands: [List.self, Add.self, Update.self, Close.self, HandOver.self], defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Signals, newest first; ! marks a follow-up day that has come.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Only signals not closed.") var open = false
        @Flag(help: "Only signals whose follow-up day has come.") var due = false
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let signals: [SignalView] = try await global.client().get(APIRoute.signals, query: ["open": open ? "true" : nil, "due": due ? "true" : nil])
            let p = global.printer
            if json { return try p.json(signals) }
            guard !signals.isEmpty else { return p.say("geen signalen", "no signals") }
            Printer.line(TextTable.render(
                ["nr", p.text("bewoner", "resident"), p.text("soort", "category"), p.text("status", "status"), p.text("bij", "owner"),
                 p.text("opvolgen", "follow up"), p.text("wat", "what")],
                signals.map { s in
                    [String(s.id), s.residentReference ?? s.residentName, s.category, s.status, s.owner, (s.due ? "! " : "") + (s.followUpOn ?? "-"), s.text]
                }
            ))
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a signal for a resident.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The resident's reference or number.") var resident: String
        @Option(help: "medication | falls-mobility | nutrition | hygiene-home | loneliness | finances-post | carer-strain | other") var category: String
        @Option(help: "What was noticed, in short (up to 280 characters).") var text: String
        @Option(help: "concierge | social-team | gp | pharmacy | carer (default concierge).") var owner: String?
        @Option(name: .customLong("follow-up"), help: "The day to follow it up, YYYY-MM-DD.") var followUp: String?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let body = SignalRequest(resident: resident, category: category, text: text, owner: owner, followUpOn: followUp)
            let signal: SignalView = try await global.client().send(.POST, APIRoute.signals, body: body)
            if json { return try global.printer.json(signal) }
            global.printer.say("signaal \(signal.id) geopend voor \(signal.residentName)", "signal \(signal.id) opened for \(signal.residentName)")
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a signal's status, owner, follow-up day or text.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The signal's number.") var id: Int64
        @Option(help: "open | in-progress") var status: String?
        @Option(help: "concierge | social-team | gp | pharmacy | carer") var owner: String?
        @Option(name: .customLong("follow-up"), help: "YYYY-MM-DD") var followUp: String?
        @Option(help: "A new text.") var text: String?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let body = SignalUpdateRequest(status: status, owner: owner, followUpOn: followUp, text: text)
            let signal: SignalView = try await global.client().send(.PATCH, APIRoute.signals + "/\(id)", body: body)
            if json { return try global.printer.json(signal) }
            global.printer.say("signaal \(signal.id): \(signal.status), bij \(signal.owner)", "signal \(signal.id): \(signal.status), with \(signal.owner)")
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a signal that needs no more follow-up.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The signal's number.") var id: Int64
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let signal: SignalView = try await global.client().send(.POST, APIRoute.signals + "/\(id)/close", body: Optional<String>.none)
            if json { return try global.printer.json(signal) }
            global.printer.say("signaal \(signal.id) gesloten", "signal \(signal.id) closed")
        }
    }

    struct HandOver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "handover", abstract: "Hand a signal to the social team, GP, pharmacy or carer, and print what they need."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The signal's number.") var id: Int64
        @Option(help: "social-team | gp | pharmacy | carer") var to: String
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let sheet: SignalHandOverSheet = try await global.client().send(.POST, APIRoute.signals + "/\(id)/handover", body: SignalHandOverRequest(to: to))
            let p = global.printer
            if json { return try p.json(sheet) }
            p.say("Overdracht signaal \(sheet.signalId) aan \(sheet.to)", "Hand-over of signal \(sheet.signalId) to \(sheet.to)")
            Printer.line(TerminalText.block("\(sheet.residentName)\n\(sheet.street) \(sheet.houseNumber)\n\(sheet.postcode) \(sheet.town)" + (sheet.phone.map { "\n\($0)" } ?? "")))
            p.say("Gezien op \(sheet.noticedOn) (\(sheet.category)): \(sheet.text)", "Noticed on \(sheet.noticedOn) (\(sheet.category)): \(sheet.text)")
            if let followUp = sheet.followUpOn { p.say("Opvolgen vóór \(followUp)", "Follow up by \(followUp)") }
            p.say("Overgedragen door \(sheet.handedOverBy) op \(sheet.handedOverOn)", "Handed over by \(sheet.handedOverBy) on \(sheet.handedOverOn)")
        }
    }
}

/// `kiosk visits add`: a visit without a delivery (issue 18).
struct VisitsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "visits", abstract: "Visits without a delivery (staff only).", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a visit: why, and the minutes inside.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The resident's reference or number.") var resident: String
        @Option(help: "follow-up | chat | help-request") var reason: String
        @Option(help: "Minutes inside, 0 to 600.") var minutes: Int
        @Option(help: "The signal this visit followed up.") var signal: Int64?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let visit: VisitView = try await global.client().send(.POST, APIRoute.visits, body: VisitRequest(resident: resident, reason: reason, minutes: minutes, signal: signal))
            if json { return try global.printer.json(visit) }
            global.printer.say("bezoek \(visit.id) vastgelegd (\(visit.minutes) min)", "visit \(visit.id) recorded (\(visit.minutes) min)")
        }
    }
}
