/// A bar chart as standalone SVG, drawn on the server: no script, a `<title>` and `<desc>` for
/// screen readers, the same numbers as a table beside the bars, text of at least 16 px, and the
/// Okabe–Ito palette, which stays distinguishable for the common kinds of colour blindness.
/// Series stack; one series is a plain bar chart.
public struct BarChart: Sendable {
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Okabe & Ito, "Color Universal Design" (2008): black left out, it is the text colour.
    public static let palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]

    public var title: String
    public var description: String
    public var categories: [String]
    public var series: [Series]
    /// Shown instead of bars when every value is zero or there are no categories.
    public var emptyMessage: String
    /// How a value reads in the table and on the axis, e.g. "75,3 %".
    public var format: @Sendable (Double) -> String

    public init(
        title: String, description: String, categories: [String], series: [Series], emptyMessage: String,
        format: @escaping @Sendable (Double) -> String = { String(Int($0.rounded())) }
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.emptyMessage = emptyMessage
        self.format = format
    }

    var totals: [Double] {
        categories.indices.map { index in series.reduce(0) { $0 + ($1.values.indices.contains(index) ? $1.values[index] : 0) } }
    }

    var isEmpty: Bool { categories.isEmpty || totals.allSatisfy { $0 <= 0 } }

    public func svg() -> String {
        var layout = ChartLayout(chart: self)
        var parts = [
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(ChartLayout.width)" height="\##(ChartLayout.height)" viewBox="0 0 \##(ChartLayout.width) \##(ChartLayout.height)" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="16">"##,
            "<title id=\"chart-title\">\(SVGText.escaped(title))</title>",
            "<desc id=\"chart-desc\">\(SVGText.escaped(description))</desc>",
            ##"<rect width="100%" height="100%" fill="#FFFFFF"/>"##,
            SVGText.text(title, x: 20, y: 32, size: 22, bold: true),
        ]
        if isEmpty {
            parts.append(SVGText.text(emptyMessage, x: ChartLayout.plotLeft + 20, y: ChartLayout.height / 2, size: 20))
        } else {
            parts += layout.axis() + layout.bars() + layout.legend()
        }
        parts += layout.table()
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }
}

/// Text in SVG: escaped for XML, at least 16 px.
enum SVGText {
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case _ where scalar.value < 0x20: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func text(_ text: String, x: Int, y: Int, size: Int = 16, bold: Bool = false, anchor: String = "start") -> String {
        ##"<text x="\##(x)" y="\##(y)" font-size="\##(max(16, size))"\##(bold ? ##" font-weight="bold""## : "") text-anchor="\##(anchor)" fill="#000000">\##(escaped(text))</text>"##
    }
}
