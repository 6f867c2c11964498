import Foundation
import HubAPI
import SafeCSV

/// The period's figures as one flat CSV, one figure per row, so a spreadsheet can pivot it.
public enum PeriodReportCSV {
    static let header = ["period", "section", "item", "count", "unique residents", "cents"]

    public static func render(_ report: PeriodReport) -> String {
        let m = report.period
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
        rows += deliveryRows(report.deliveries, period: m)
        rows += aidRows(report, period: m)
        return ([header] + rows).map(CSVField.record).joined()
    }

    private static func deliveryRows(_ d: PeriodReport.Deliveries, period m: String) -> [[String]] {
        var rows = d.perSupplier.flatMap { line in
            [
                [m, "delivered", line.supplierId, "\(line.delivered)", "", ""],
                [m, "delivered contact", line.supplierId, "\(line.contact)", "", ""],
                [m, "delivered letterbox", line.supplierId, "\(line.letterbox)", "", ""],
                [m, "delivered neighbour", line.supplierId, "\(line.neighbour)", "", ""],
                [m, "returned", line.supplierId, "\(line.returned)", "", ""],
            ]
        }
        rows += [
            [m, "deliveries", "contact", "\(d.contact)", "", ""],
            [m, "deliveries", "letterbox", "\(d.letterbox)", "", ""],
            [m, "deliveries", "neighbour", "\(d.neighbour)", "", ""],
            [m, "deliveries", "contact share (permille)", d.contactSharePermille.map(String.init) ?? "", "", ""],
            [m, "deliveries", "not-home retries", "\(d.notHomeRetries)", "", ""],
            [m, "deliveries", "returned", "\(d.returned)", "", ""],
            [m, "deliveries", "unique addresses", "\(d.uniqueAddresses)", "", ""],
            [m, "deliveries", "unique residents", "", "\(d.uniqueResidents)", ""],
            [m, "deliveries", "cold chain handed over late", "\(d.overdueColdChain)", "", ""],
            [m, "deliveries", "stops", "\(d.stops)", "", ""],
            [m, "deliveries", "bundled stops", "\(d.bundledStops)", "", ""],
        ]
        return rows
    }

    private static func aidRows(_ report: PeriodReport, period m: String) -> [[String]] {
        var rows: [[String]] = []
        for line in report.aids {
            let item = "\(line.articleNumber) \(line.articleName)"
            rows += [
                [m, "aids received", item, "\(line.received)", "", ""],
                [m, "aids issued", item, "\(line.issued)", "", ""],
                [m, "aids returned", item, "\(line.returned)", "", ""],
                [m, "aids written off", item, "\(line.writtenOff)", "", ""],
            ]
        }
        let v = report.van
        rows += [
            [m, "van", "days with Vegro deliveries or collections", "\(v.vegroDays)", "", ""],
            [m, "van", "km saved (upper bound: days × \(v.kilometresPerDay) km)", "\(v.kilometres)", "", ""],
            [m, "van", "kg CO2 saved (upper bound: km × \(v.gramsCo2PerKilometre) g)", "\(v.kilogramsCo2)", "", ""],
        ]
        return rows
    }
}
