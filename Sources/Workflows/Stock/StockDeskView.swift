import Foundation
import Inventory

/// The open batch as `kiosk stock desk show` and the console see it.
public struct StockDeskView: Sendable, Equatable, Codable {
    public var mode: StockDeskMode
    public var resident: StockDeskResident?
    public var startedBy: String
    public var startedAt: Date
    public var lines: [StockDeskLine]
    public var totals: [StockDeskTotal]
    public var units: Int
    public var warnings: [LocalizedText]

    public init(
        mode: StockDeskMode, resident: StockDeskResident?, startedBy: String, startedAt: Date, lines: [StockDeskLine],
        totals: [StockDeskTotal], units: Int, warnings: [LocalizedText]
    ) {
        self.mode = mode
        self.resident = resident
        self.startedBy = startedBy
        self.startedAt = startedAt
        self.lines = lines
        self.totals = totals
        self.units = units
        self.warnings = warnings
    }
}
