import Foundation

/// "14d", "2w" or "14": a span of days as staff type it.
enum StockDays {
    static func parse(_ raw: String, _ p: Printer) throws -> Int {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let multiplier = text.hasSuffix("w") ? 7 : 1
        let digits = text.hasSuffix("d") || text.hasSuffix("w") ? String(text.dropLast()) : text
        guard let value = Int(digits), value >= 0, value <= 3_650 / multiplier else {
            throw KioskError(.usage, p.text("'\(raw)' is geen aantal dagen — schrijf bijvoorbeeld 14d of 2w",
                                            "'\(raw)' is not a number of days — write e.g. 14d or 2w"))
        }
        return value * multiplier
    }
}
