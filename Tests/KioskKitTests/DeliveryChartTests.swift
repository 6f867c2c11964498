import Foundation
import HubAPI
import HubCharts
import HubReports
import Testing
@testable import KioskKit

/// The report charts: accessible SVG with no script, the numbers beside the bars, readable text,
/// colour-blind-safe colours, and an empty period that says so.
@Suite struct DeliveryChartTests {
    static let series = DeliverySeries(
        months: [
            .init(month: "2026-10", perSupplier: ["vegro": 30, "apotheek": 12], contact: 34, delivered: 42),
            .init(month: "2026-11", perSupplier: ["vegro": 25, "<b>&co": 5], contact: 24, delivered: 30),
        ],
        suppliers: ["<b>&co", "apotheek", "vegro"]
    )

    @Test func theDeliveriesChartStacksSuppliersAndCarriesItsTable() {
        let svg = DeliveryCharts.deliveries(Self.series).svg()
        #expect(svg.hasPrefix("<svg") && svg.contains("<title id=\"chart-title\">Leveringen per maand, per leverancier</title>"))
        #expect(svg.contains("<desc id=\"chart-desc\">") && svg.contains("72 in totaal"))
        #expect(!svg.contains("<script") && !svg.contains("<b>") && svg.contains("&lt;b&gt;&amp;co"))
        #expect(svg.components(separatedBy: "<rect x=").count - 1 >= 4 + 3, "four bar segments and three legend keys")
        #expect(svg.contains(">42</text>") && svg.contains(">30</text>"), "the totals are in the table")
        let sizes = svg.components(separatedBy: "font-size=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 16 })
        #expect(svg.contains(BarChart.palette[0]) && svg.contains(BarChart.palette[2]))
    }

    @Test func theContactShareIsAPercentagePerMonth() {
        let svg = DeliveryCharts.contactShare(Self.series).svg()
        #expect(svg.contains(">81 %</text>") && svg.contains(">80 %</text>"), "34/42 and 24/30")
    }

    @Test func anEmptyRangeDrawsAnEmptyChartWithAMessage() {
        let empty = DeliverySeries(months: [.init(month: "2026-11", perSupplier: [:], contact: 0, delivered: 0)], suppliers: [])
        let svg = DeliveryCharts.deliveries(empty).svg()
        #expect(svg.contains("Geen leveringen in deze periode") && !svg.contains("<rect x="))
    }
}
