import ArgumentParser
import Foundation
import HubAPI

struct PaymentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments", abstract: "Card payments with state, receipt and reference (staff only).",
        subcommands: [List.self, Abort.self, CloseDay.self], defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The payments of a day, newest first.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Day as YYYY-MM-DD (default: today).") var date: String?
        @Flag(help: "Also print each receipt.") var receipts = false
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let views: [PaymentView] = try await global.client().get(APIRoute.payments, query: ["date": date])
            let p = global.printer
            if json { return try p.json(views) }
            guard !views.isEmpty else { return p.say("geen betalingen", "no payments") }
            Printer.line(TextTable.render(
                ["#", p.text("tijd", "time"), p.text("bedrag", "amount"), p.text("status", "state"), p.text("bon", "receipt"),
                 p.text("referentie", "reference"), p.text("door", "by")],
                views.map { PaymentText.cells($0.payment, p) }
            ))
            if receipts {
                for view in views where !view.receipt.isEmpty {
                    Printer.line("\n#\(view.payment.id ?? 0)\n" + view.receipt.map { "  " + $0 }.joined(separator: "\n"))
                }
            }
        }
    }

    struct Abort: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ask the terminal to stop the running payment.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let answer: PaymentAbortResponse = try await global.client().send(.POST, APIRoute.paymentAbort, body: Optional<String>.none)
            if answer.accepted {
                global.printer.say("de betaalautomaat breekt de betaling af", "the terminal is stopping the payment")
            } else {
                throw KioskError(.refused, global.printer.text(
                    "er loopt geen betaling, of de betaalautomaat weigert af te breken (de bank is al gebeld) — wacht de uitkomst af",
                    "no payment is running, or the terminal refused to stop it (the bank was already contacted) — wait for the outcome"
                ))
            }
        }
    }

    struct CloseDay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close-day", abstract: "End-of-day on the terminal, compared with the hub's approved payments."
        )
        @OptionGroup var global: GlobalOptions
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            var client = try global.client()
            client.timeout = .seconds(180)
            let record: PaymentReconciliation = try await client.send(.POST, APIRoute.paymentCloseDay, body: Optional<String>.none)
            let p = global.printer
            if json { return try p.json(record) }
            Printer.line(PaymentText.reconciliation(record, p))
            if !record.matches {
                throw KioskError(.refused, p.text(
                    "hub en betaalautomaat verschillen — vergelijk `kiosk payments --receipts` met de dagafsluiting van de automaat",
                    "hub and terminal differ — compare `kiosk payments --receipts` with the terminal's day-end receipt"
                ))
            }
        }
    }
}
