/// Where things go on the chart's canvas: the bars on the left, the table on the right.
struct ChartLayout {
    static let width = 1100
    static let height = 560
    static let plotLeft = 80
    static let plotRight = 640
    static let plotTop = 60
    static let plotBottom = 440
    static let tableLeft = 680

    let chart: BarChart
    let maximum: Double

    init(chart: BarChart) {
        self.chart = chart
        maximum = Self.niceCeiling(chart.totals.max() ?? 0)
    }

    /// 1, 2 or 5 times a power of ten, so the axis reads in round steps.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var step = 1.0
        while step * 10 < value { step *= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where step * factor >= value { return step * factor }
        return step * 10
    }

    func y(_ value: Double) -> Int {
        Self.plotBottom - Int((value / maximum * Double(Self.plotBottom - Self.plotTop)).rounded())
    }

    func axis() -> [String] {
        var parts = [##"<line x1="\##(Self.plotLeft)" y1="\##(Self.plotBottom)" x2="\##(Self.plotRight)" y2="\##(Self.plotBottom)" stroke="#000000"/>"##]
        for tick in 0...4 {
            let value = maximum * Double(tick) / 4
            parts.append(##"<line x1="\##(Self.plotLeft)" y1="\##(y(value))" x2="\##(Self.plotRight)" y2="\##(y(value))" stroke="#CCCCCC"/>"##)
            parts.append(SVGText.text(chart.format(value), x: Self.plotLeft - 8, y: y(value) + 6, anchor: "end"))
        }
        return parts
    }

    func bars() -> [String] {
        let slot = Double(Self.plotRight - Self.plotLeft) / Double(max(1, chart.categories.count))
        var parts: [String] = []
        for (index, category) in chart.categories.enumerated() {
            let x = Self.plotLeft + Int(slot * Double(index) + slot * 0.15)
            let width = max(2, Int(slot * 0.7))
            var base = 0.0
            for (number, series) in chart.series.enumerated() {
                let value = series.values.indices.contains(index) ? series.values[index] : 0
                guard value > 0 else { continue }
                let colour = BarChart.palette[number % BarChart.palette.count]
                parts.append(##"<rect x="\##(x)" y="\##(y(base + value))" width="\##(width)" height="\##(y(base) - y(base + value))" fill="\##(colour)" stroke="#000000" stroke-width="0.5"><title>\##(SVGText.escaped("\(category) \(series.name): \(chart.format(value))"))</title></rect>"##)
                base += value
            }
            if chart.categories.count <= 12 || index.isMultiple(of: 2) {
                parts.append(SVGText.text(String(category.suffix(5)), x: x + width / 2, y: Self.plotBottom + 24, anchor: "middle"))
            }
        }
        return parts
    }

    func legend() -> [String] {
        guard chart.series.count > 1 else { return [] }
        return chart.series.enumerated().flatMap { number, series -> [String] in
            let x = Self.plotLeft + (number % 3) * 190, y = Self.plotBottom + 56 + (number / 3) * 26
            return [
                ##"<rect x="\##(x)" y="\##(y - 14)" width="16" height="16" fill="\##(BarChart.palette[number % BarChart.palette.count])" stroke="#000000" stroke-width="0.5"/>"##,
                SVGText.text(series.name, x: x + 24, y: y),
            ]
        }
    }

    /// The numbers beside the chart: one row per category, one column per series and a total.
    func table() -> [String] {
        let columns = chart.series.count > 1 ? chart.series.map(\.name) + ["∑"] : [chart.series.first?.name ?? ""]
        let columnWidth = min(110, (Self.width - Self.tableLeft - 90) / max(1, columns.count))
        var parts = columns.enumerated().map { number, name in
            SVGText.text(String(name.prefix(12)), x: Self.tableLeft + 90 + number * columnWidth, y: Self.plotTop, bold: true, anchor: "end")
        }
        for (row, category) in chart.categories.enumerated() {
            let y = Self.plotTop + 24 + row * 22
            guard y < Self.height - 10 else { break }
            parts.append(SVGText.text(category, x: Self.tableLeft - 20, y: y))
            var cells = chart.series.map { $0.values.indices.contains(row) ? $0.values[row] : 0 }
            if chart.series.count > 1 { cells.append(chart.totals[row]) }
            for (number, value) in cells.enumerated() {
                parts.append(SVGText.text(chart.format(value), x: Self.tableLeft + 90 + number * columnWidth, y: y, anchor: "end"))
            }
        }
        return parts
    }
}
