/// A report period as `hubcentral report` takes it: `month 2026-11`, `quarter 2026-Q4`,
/// `year 2026`, as local days `firstDay..<endDay`.
public struct CentralPeriod: Sendable, Equatable {
    public var label: String
    public var firstDay: String
    public var endDay: String
    public var noun: String

    public static func parse(_ kind: String, _ value: String) -> Result<CentralPeriod, CentralError> {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first.flatMap({ Int($0) }), (2000...2999).contains(year), parts[0].count == 4 else {
            return .failure(CentralError(.badSettings, "'\(value.prefix(20))' is not a period: use month 2026-11, quarter 2026-Q4 or year 2026"))
        }
        switch (kind, parts.count) {
        case ("month", 2):
            guard let month = Int(parts[1]), (1...12).contains(month), parts[1].count == 2 else { break }
            return .success(months(year, month, 1, label: value, noun: "month"))
        case ("quarter", 2):
            guard parts[1].count == 2, parts[1].first == "Q", let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { break }
            return .success(months(year, quarter * 3 - 2, 3, label: value, noun: "quarter"))
        case ("year", 1):
            return .success(months(year, 1, 12, label: value, noun: "year"))
        default:
            break
        }
        return .failure(CentralError(.badSettings, "'\(kind) \(value.prefix(20))' is not a period: use month 2026-11, quarter 2026-Q4 or year 2026"))
    }

    private static func months(_ year: Int, _ first: Int, _ count: Int, label: String, noun: String) -> CentralPeriod {
        let end = first + count
        let endDay = end > 12 ? day(year + 1, end - 12) : day(year, end)
        return CentralPeriod(label: label, firstDay: day(year, first), endDay: endDay, noun: noun)
    }

    private static func day(_ year: Int, _ month: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-01"
    }
}

/// `hubcentral report` for people: a line per hub, the total, and who is complete.
public enum CentralReportText {
    public static func render(_ report: CentralReport, period: CentralPeriod) -> String {
        var lines = ["deliveries \(period.label) (\(report.firstDay) to the day before \(report.endDay))", ""]
        lines.append(row("hub", "complete", "delivered", "contact", "letterbox", "neighbour", "returned", "not home", "residents", "stops"))
        for hub in report.hubs {
            lines.append(row(hub.hub, hub.complete ? "yes" : "no", figures(hub.deliveries)))
        }
        lines.append(row("total", "", figures(report.total)))
        lines.append("")
        lines.append("\(report.completeHubs) of \(report.hubs.count) hubs complete for this \(period.noun)")
        for supplier in report.total.perSupplier {
            lines.append("  \(supplier.supplierId): \(supplier.contact + supplier.letterbox + supplier.neighbour) delivered, \(supplier.returned) returned")
        }
        lines += services(report)
        lines += aids(report.totalAids)
        return lines.joined(separator: "\n")
    }

    private static func services(_ report: CentralReport) -> [String] {
        var lines = ["", "services \(report.period)", row("hub", "", "rides", "chores", "activities", "residents", "auto-closed", "euro")]
        for hub in report.hubs {
            lines.append(row(hub.hub, "", serviceFigures(hub.services)))
        }
        lines.append(row("total", "", serviceFigures(report.totalServices)))
        for line in report.totalServices.lines {
            lines.append("  \(line.name) (\(line.code), \(line.kind)): \(line.uses) uses by \(line.uniqueResidents) residents, € \(euro(line.contributionCents))")
        }
        for payment in report.totalServices.contributions {
            lines.append("  paid by \(payment.payment): \(payment.count) uses, € \(euro(payment.cents))")
        }
        return lines
    }

    private static func aids(_ aids: [CentralAidLine]) -> [String] {
        guard !aids.isEmpty else { return ["", "aids: no movements booked"] }
        return ["", "aids, all hubs", row("article", "", "received", "issued", "returned", "written off")]
            + aids.map { row([$0.articleNumber, "", String($0.received), String($0.issued), String($0.returned), String($0.writtenOff)]) }
    }

    private static func serviceFigures(_ s: CentralServiceFigures) -> [String] {
        [s.rides, s.chores, s.activities, s.uniqueResidents, s.autoClosedRides].map(String.init) + [euro(s.contributions.map(\.cents).reduce(0, +))]
    }

    /// Cents as euros with a decimal comma, the way Dutch figures are read.
    private static func euro(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        return "\(sign)\(value / 100),\(value % 100 < 10 ? "0" : "")\(value % 100)"
    }

    private static func figures(_ d: CentralReport.Deliveries) -> [String] {
        [d.delivered, d.contact, d.letterbox, d.neighbour, d.returned, d.notHomeRetries, d.uniqueResidents, d.stops].map(String.init)
    }

    private static func row(_ hub: String, _ complete: String, _ figures: [String]) -> String {
        row([hub, complete] + figures)
    }

    private static func row(_ cells: String...) -> String {
        row(cells)
    }

    private static func row(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            index == 0 ? CentralStanza.pad(cell, 20) : CentralStanza.pad(cell, 10, left: true)
        }.joined(separator: " ")
    }
}
