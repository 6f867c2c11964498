import SafeCSV

/// CSV for spreadsheets and route planners: every cell through `CSVField`, so commas and quotes
/// in names survive and no cell runs as a formula (the same encoder hubd uses).
enum CSVText {
    static func render(header: [String], rows: [[String]]) throws -> String {
        ([header] + rows).map(CSVField.record).joined()
    }
}
