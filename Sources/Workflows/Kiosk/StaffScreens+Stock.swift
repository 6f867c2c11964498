import Inventory

extension StaffScreens {
    func stockModes(session: String, note: LocalizedText? = nil) -> ConsoleScreen {
        ConsoleScreen(
            session: session, kind: .staff, headline: LocalizedText(nl: "Voorraadbalie", en: "Stock desk"),
            lines: [LocalizedText(nl: "Wat gaat u scannen?", en: "What will you scan?")] + (note.map { [$0] } ?? []),
            options: Self.stockModeKeys.map { key, mode in ConsoleOption(key: key, label: mode.label) } + [back],
            timeoutSeconds: timeout
        )
    }

    /// The batch as the scanner fills it: the newest lines, the running totals, and what the
    /// last scan said, so staff never need the command line at the desk.
    func stockBatch(session: String, view: StockDeskView, note: LocalizedText? = nil) -> ConsoleScreen {
        var lines: [LocalizedText] = []
        if let resident = view.resident {
            let who = GreetingName.of(resident.name) + (resident.reference.map { " (\($0))" } ?? "")
            lines.append(LocalizedText(nl: "Voor \(who)", en: "For \(who)"))
        }
        lines += view.lines.suffix(Self.shownLines).map(Self.describe)
        let units = view.units
        lines.append(LocalizedText(nl: "\(view.lines.count) regels, \(units) stuks — scan het volgende", en: "\(view.lines.count) lines, \(units) items — scan the next"))
        lines += view.warnings.suffix(2)
        if let note { lines.append(note) }
        return ConsoleScreen(
            session: session, kind: .staff, headline: view.mode.label, lines: lines,
            options: [
                ConsoleOption(key: "1", label: LocalizedText(nl: "Bevestigen en boeken", en: "Confirm and book")),
                ConsoleOption(key: "2", label: LocalizedText(nl: "Laatste scan ongedaan maken", en: "Undo the last scan")),
                ConsoleOption(key: "3", label: LocalizedText(nl: "Aantal van de laatste regel", en: "Quantity of the last line")),
                ConsoleOption(key: "4", label: LocalizedText(nl: "Alles annuleren", en: "Cancel everything")),
                ConsoleOption(key: "0", label: LocalizedText(nl: "Terug (batch blijft open)", en: "Back (the batch stays open)")),
            ],
            tone: note == nil ? .calm : .attention, timeoutSeconds: timeout
        )
    }

    func stockQuantity(session: String, error: LocalizedText? = nil) -> ConsoleScreen {
        ConsoleScreen(
            session: session, kind: .waiting, headline: LocalizedText(nl: "Aantal", en: "Quantity"),
            lines: [LocalizedText(nl: "Typ het aantal (1 tot 9999) en druk op Enter", en: "Type the quantity (1 to 9999) and press Enter")]
                + (error.map { [$0] } ?? []),
            options: [back], entry: .number, tone: error == nil ? .calm : .attention, timeoutSeconds: timeout
        )
    }

    /// Loans at week 12 or 25 today: serials only, no resident names on a screen residents can see.
    static func reminderNote(_ reminders: [LoanReminder]) -> LocalizedText? {
        guard !reminders.isEmpty else { return nil }
        let units = reminders.map { "\($0.loan.loan.serial) (week \($0.week))" }.joined(separator: ", ")
        return LocalizedText(
            nl: "Uitleen: \(reminders.count) herinnering(en) vandaag — \(units); zie `kiosk stock loans`",
            en: "Loans: \(reminders.count) reminder(s) today — \(units); see `kiosk stock loans`"
        )
    }

    static let shownLines = 6

    /// Keys on the stock desk's first screen; send-back and write-off stay on the command line,
    /// where a reason can be typed.
    static let stockModeKeys: [(String, StockDeskMode)] = [
        ("1", .receive), ("2", .issue), ("3", .return), ("4", .cleaningDone), ("5", .stocktake),
    ]

    private static func describe(_ line: StockDeskLine) -> LocalizedText {
        let detail = line.serial.map { " \($0)" } ?? ""
        return LocalizedText(nl: "\(line.number). \(line.articleName)\(detail) × \(line.quantity)", en: "\(line.number). \(line.articleName)\(detail) × \(line.quantity)")
    }
}
