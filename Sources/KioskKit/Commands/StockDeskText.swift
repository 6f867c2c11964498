import Foundation
import HubAPI

/// The desk's batch and the van comparison for people.
enum StockDeskText {
    static func print(_ view: StockDeskView, _ p: Printer) {
        let who = view.resident.map { " — \($0.name)" + ($0.reference.map { " (\($0))" } ?? "") } ?? ""
        p.say("partij \(view.mode.label.nl)\(who), begonnen door \(view.startedBy) om \(p.time(view.startedAt))",
              "\(view.mode.label.en) batch\(who), started by \(view.startedBy) at \(p.time(view.startedAt))")
        guard !view.lines.isEmpty else {
            return p.say("nog niets gescand — scan met de voorraadscanner", "nothing scanned yet — scan with the stock scanner")
        }
        Printer.line(TextTable.render(
            ["#", p.text("artikel", "article"), p.text("serie", "serial"), p.text("partij", "batch"), p.text("THT", "expiry"), p.text("aantal", "qty")],
            view.lines.map { [String($0.number), $0.articleName, $0.serial ?? "", $0.batch ?? "", $0.expiry?.text ?? "", String($0.quantity)] }
        ))
        p.say("totaal: \(view.units) stuks op \(view.lines.count) regels", "total: \(view.units) units on \(view.lines.count) lines")
        for total in view.totals where view.totals.count > 1 {
            Printer.line("  \(total.articleName): \(total.quantity)")
        }
        for warning in view.warnings {
            p.warn("let op: \(warning.nl)", "note: \(warning.en)")
        }
    }

    static func print(_ comparison: VanComparison, _ p: Printer) {
        guard let slip = comparison.orderSlipId else {
            return p.say("geen bestelbon om mee te vergelijken — alles wat gescand is, is onverwacht",
                         "no order slip to compare with — everything scanned is unexpected")
        }
        if comparison.matches { return p.say("klopt met bestelbon \(slip)", "matches order slip \(slip)") }
        p.say("verschillen met bestelbon \(slip):", "differences with order slip \(slip):")
        for line in comparison.missing {
            p.say("  ontbreekt: \(line.articleNumber) \(line.articleName) — besteld \(line.ordered), gescand \(line.scanned)",
                  "  missing: \(line.articleNumber) \(line.articleName) — ordered \(line.ordered), scanned \(line.scanned)")
        }
        for line in comparison.extra {
            p.say("  te veel: \(line.articleNumber) \(line.articleName) — besteld \(line.ordered), gescand \(line.scanned)",
                  "  extra: \(line.articleNumber) \(line.articleName) — ordered \(line.ordered), scanned \(line.scanned)")
        }
        for line in comparison.unexpected {
            let serials = line.unexpectedSerials.isEmpty ? "" : " (\(line.unexpectedSerials.joined(separator: ", ")))"
            p.say("  niet besteld: \(line.articleNumber) \(line.articleName) × \(line.scanned)\(serials)",
                  "  not ordered: \(line.articleNumber) \(line.articleName) × \(line.scanned)\(serials)")
        }
    }

    static func print(_ receipt: StockDeskReceipt, _ p: Printer) {
        let view = receipt.batch
        p.say("\(view.mode.label.nl) geboekt: \(view.units) stuks op \(view.lines.count) regels (\(receipt.movements) boekingen)",
              "\(view.mode.label.en) booked: \(view.units) units on \(view.lines.count) lines (\(receipt.movements) movements)")
        for loan in receipt.loans {
            p.say("  uitgeleend: \(loan.serial) tot \(loan.dueOn)", "  on loan: \(loan.serial) until \(loan.dueOn)")
        }
        for warning in receipt.warnings {
            p.warn("let op: \(warning.nl)", "note: \(warning.en)")
        }
    }
}
