import Foundation
import HubAPI
import HubCharts

/// The two report charts, with Dutch labels for the coordinator's funders.
public enum DeliveryCharts {
    public static func deliveries(_ series: DeliverySeries) -> BarChart {
        let months = series.months.map(\.month)
        let total = series.months.reduce(0) { $0 + $1.delivered }
        return BarChart(
            title: "Leveringen per maand, per leverancier",
            description: "Afgeleverde pakketten per maand van \(months.first ?? "") tot en met \(months.last ?? ""), gestapeld per leverancier; \(total) in totaal.",
            categories: months,
            series: series.suppliers.map { supplier in
                BarChart.Series(name: supplier, values: series.months.map { Double($0.perSupplier[supplier] ?? 0) })
            },
            emptyMessage: "Geen leveringen in deze periode"
        )
    }

    public static func contactShare(_ series: DeliverySeries) -> BarChart {
        let months = series.months.map(\.month)
        return BarChart(
            title: "Contactaandeel per maand",
            description: "Persoonlijk afgegeven als deel van alle leveringen, per maand van \(months.first ?? "") tot en met \(months.last ?? "").",
            categories: months,
            series: [BarChart.Series(name: "contact %", values: series.months.map { $0.delivered == 0 ? 0 : Double($0.contact) * 100 / Double($0.delivered) })],
            emptyMessage: "Geen leveringen in deze periode",
            format: { String(format: "%.0f %%", $0) }
        )
    }
}
