import ArgumentParser
import Foundation
import HubAPI

struct StockLoansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loans", abstract: "Loan units out with residents; extend a loan.", subcommands: [List.self, Extend.self], defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open loans, earliest due first.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only loans due within this span, e.g. 14d or 2w (overdue ones included).") var dueWithin: String?
        @Flag(help: "Only overdue loans.") var overdue = false
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let p = global.printer
            let days = try dueWithin.map { try StockDays.parse($0, p) }
            let loans: [LoanView] = try await global.client().get(
                APIRoute.stockLoans, query: ["due_within": days.map(String.init), "overdue": overdue ? "true" : nil]
            )
            if json { return try p.json(loans) }
            guard !loans.isEmpty else { return p.say("geen uitleningen", "no loans") }
            Printer.line(TextTable.render(
                [p.text("serie", "serial"), p.text("artikel", "article"), p.text("bewoner", "resident"), p.text("sinds", "since"),
                 p.text("tot", "due"), ""],
                loans.map { v in
                    [v.loan.serial, v.articleName, v.residentName.map { $0 + (v.residentReference.map { " (\($0))" } ?? "") } ?? "-",
                     v.loan.issuedOn.text, v.loan.dueOn.text, v.overdue ? p.text("TE LAAT", "OVERDUE") : ""]
                }
            ))
        }
    }

    struct Extend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move a loan's due date, with Vegro's agreement.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The unit's serial.") var serial: String
        @Option(help: "Weeks to add to the current due date.") var weeks: Int
        @Option(help: "Who at Vegro agreed.") var agreedBy: String
        @Option(name: [.customLong("override"), .customLong("override-reason")], help: "Why the loan may go past its maximum term.") var overrideReason: String?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let request = StockLoanExtendRequest(serial: serial, weeks: weeks, agreedBy: agreedBy, overrideReason: overrideReason)
            let loan: Loan = try await global.client().send(.POST, APIRoute.stockLoanExtend, body: request)
            if json { return try global.printer.json(loan) }
            global.printer.say("\(loan.serial) verlengd tot \(loan.dueOn)", "\(loan.serial) extended until \(loan.dueOn)")
        }
    }
}
