import ArgumentParser
import Foundation
import HubAPI

/// How payments read on the staff command line.
enum PaymentText {
    static func cells(_ payment: Payment, _ p: Printer) -> [String] {
        [
            "\(payment.id ?? 0)", p.time(payment.createdAt), payment.amount.formatted(p.language),
            payment.status.text(p.language) + (payment.recovered ? p.text(" (hersteld)", " (recovered)") : ""),
            payment.receiptNumber.map(String.init) ?? "", payment.reference, payment.requestedBy,
        ]
    }

    static func printResult(_ settlement: PaymentSettlement, _ p: Printer) {
        let payment = settlement.payment
        let amount = payment.amount.formatted(p.language)
        if settlement.alreadyPaid {
            return p.say(
                "\(payment.reference) was al betaald (\(amount), bon \(payment.receiptNumber.map(String.init) ?? "?")) — er is niets afgeschreven",
                "\(payment.reference) was already paid (\(amount), receipt \(payment.receiptNumber.map(String.init) ?? "?")) — nothing was charged"
            )
        }
        switch payment.status {
        case .approved:
            p.say("betaald: \(amount), bon \(payment.receiptNumber.map(String.init) ?? "?")", "paid: \(amount), receipt \(payment.receiptNumber.map(String.init) ?? "?")")
            for line in settlement.receipt { Printer.line("  " + line) }
        case .declined, .aborted:
            p.say("niet betaald: \(payment.reason ?? payment.status.text.nl)", "not paid: \(payment.reason ?? payment.status.text.en)")
        case .unknown, .pending, .sent:
            p.say(
                "uitkomst onbekend — hubd vraagt het de betaalautomaat na; zie `kiosk payments` (er wordt niet opnieuw afgeschreven)",
                "outcome unknown — hubd is checking with the terminal; see `kiosk payments` (nothing is charged again)"
            )
        }
    }

    /// 0 paid, 1 not paid, 75 (EX_TEMPFAIL) unknown for now.
    static func exit(for settlement: PaymentSettlement) throws {
        switch settlement.payment.status {
        case .approved: return
        case .declined, .aborted: throw ExitCode(1)
        case .unknown, .pending, .sent: throw ExitCode(75)
        }
    }

    static func reconciliation(_ record: PaymentReconciliation, _ p: Printer) -> String {
        let hub = Cents(record.hubAmountCents).formatted(p.language)
        let terminal = Cents(record.terminalAmountCents).formatted(p.language)
        let verdict = record.matches ? p.text("klopt", "matches") : p.text("VERSCHIL", "DIFFERENCE")
        return p.text(
            "dagafsluiting \(p.time(record.closedAt)): hub \(record.hubCount) betalingen \(hub), automaat \(record.terminalCount) betalingen \(terminal) — \(verdict)",
            "day closed \(p.time(record.closedAt)): hub \(record.hubCount) payments \(hub), terminal \(record.terminalCount) payments \(terminal) — \(verdict)"
        )
    }
}
