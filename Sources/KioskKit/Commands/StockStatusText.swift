import HubAPI

/// The stock lines of `kiosk status`: today's loan reminders first, as they need a phone call.
enum StockStatusText {
    static func print(_ stock: StockStatus, _ p: Printer) {
        for reminder in stock.reminders {
            let loan = reminder.loan
            let who = loan.residentName.map { $0 + (loan.residentReference.map { " (\($0))" } ?? "") } ?? "-"
            p.say("herinnering week \(reminder.week): \(loan.articleName) \(loan.loan.serial) bij \(who), tot \(loan.loan.dueOn) — bel de bewoner of verleng met `kiosk stock loans extend`",
                  "reminder week \(reminder.week): \(loan.articleName) \(loan.loan.serial) with \(who), due \(loan.loan.dueOn) — call the resident or extend with `kiosk stock loans extend`")
        }
        if stock.overdueLoans > 0 {
            p.say("\(stock.overdueLoans) uitlening(en) te laat — zie `kiosk stock loans --overdue`",
                  "\(stock.overdueLoans) loan(s) overdue — see `kiosk stock loans --overdue`")
        }
        if stock.belowMinimum > 0 {
            p.say("\(stock.belowMinimum) artikel(en) onder het minimum — zie `kiosk stock reorder`",
                  "\(stock.belowMinimum) article(s) below minimum — see `kiosk stock reorder`")
        }
        if let open = stock.openBatch {
            p.say("voorraadbalie: partij open (\(open)) — `kiosk stock desk show`", "stock desk: batch open (\(open)) — `kiosk stock desk show`")
        }
    }
}
