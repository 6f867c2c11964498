import Foundation
import HubAPI

/// The month's figures as one flat CSV, one figure per row, so a spreadsheet can pivot it.
enum MonthReportCSV {
    static let header = ["month", "section", "item", "count", "unique residents", "cents"]

    static func render(_ report: MonthReport) throws -> String {
        let m = report.month
        var rows: [[String]] = report.services.map { line in
            [m, "service", "\(line.code) (\(line.kind.rawValue))", "\(line.uses)", "\(line.uniqueResidents)", "\(line.contributionCents)"]
        }
        rows += [
            [m, "kind", "ride", "\(report.rides)", "", ""],
            [m, "kind", "chore", "\(report.chores)", "", ""],
            [m, "kind", "activity", "\(report.activities)", "", ""],
            [m, "residents", "unique", "", "\(report.uniqueResidents)", ""],
            [m, "rides", "auto-closed", "\(report.autoClosedRides)", "", ""],
        ]
        rows += report.contributions.map { [m, "contribution", $0.payment.rawValue, "\($0.count)", "", "\($0.cents)"] }
        let parcels = report.parcels
        rows += parcels.perSupplier.map { [m, "parcels", $0.supplierId, "\($0.count)", "", ""] }
        rows += [
            [m, "deliveries", "contact", "\(parcels.contact)", "", ""],
            [m, "deliveries", "letterbox", "\(parcels.letterbox)", "", ""],
            [m, "deliveries", "neighbour", "\(parcels.neighbour)", "", ""],
            [m, "deliveries", "not-home", "\(parcels.notHome)", "", ""],
            [m, "deliveries", "returned", "\(parcels.returned)", "", ""],
            [m, "addresses", "unique", "\(parcels.uniqueAddresses)", "", ""],
        ]
        rows += aidRows(report.aids, month: m)
        return try CSVText.render(header: header, rows: rows)
    }

    private static func aidRows(_ aids: StockMonthFigures, month m: String) -> [[String]] {
        var rows: [[String]] = []
        for line in aids.lines {
            let item = "\(line.articleNumber) \(line.articleName)"
            rows += [
                [m, "aids received", item, "\(line.received)", "", ""],
                [m, "aids issued", item, "\(line.issued)", "", ""],
                [m, "aids returned", item, "\(line.returned)", "", ""],
                [m, "aids written off", item, "\(line.writtenOff)", "", ""],
            ]
        }
        rows += [
            [m, "aids", "days with stock movements", "\(aids.daysWithMovements)", "", ""],
            [m, "aids", "van km saved (estimate)", "\(aids.vanKilometresSaved)", "", ""],
            [m, "aids", "kg CO2 saved (estimate)", String(format: "%.1f", aids.kilogramsCo2Saved), "", ""],
        ]
        return rows
    }
}
