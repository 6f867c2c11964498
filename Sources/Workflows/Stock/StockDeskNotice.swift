/// What the stock desk tells the console after a scan or a desk command, for a live display.
public struct StockDeskNotice: Sendable, Equatable, Codable {
    public var mode: StockDeskMode?
    public var accepted: Bool
    /// The line the scan became or changed; nil for a refusal.
    public var line: StockDeskLine?
    public var lines: Int
    public var units: Int

    public init(mode: StockDeskMode?, accepted: Bool, line: StockDeskLine?, lines: Int, units: Int) {
        self.mode = mode
        self.accepted = accepted
        self.line = line
        self.lines = lines
        self.units = units
    }
}
