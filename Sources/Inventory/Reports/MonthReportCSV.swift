/// The month's figures as one flat CSV, one figure per row, so a spreadsheet can pivot it.
public enum MonthReportCSV {
    public static let header = ["month", "section", "item", "count", "unique residents", "cents"]

    public static func render(_ report: MonthReport) throws -> String {
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
        return try CSVText.render(header: header, rows: rows)
    }
}
