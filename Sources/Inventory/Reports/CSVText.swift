import SafeCSV

/// CSV for spreadsheets and route planners: every cell, header included, goes through
/// `CSVField`, so commas and quotes survive and no cell runs as a formula.
enum CSVText {
    static func render(header: [String], rows: [[String]]) throws -> String {
        ([header] + rows).map(CSVField.record).joined()
    }
}
