import Foundation
@testable import Inventory
@testable import SafeCSV

/// Promises every importer makes about the rows it loads and refuses.
enum InventoryChecks {
    /// Lines in `text` as the CSV reader counts them: CR, LF and CRLF each end one, and the last
    /// line counts without an end. (A quoted field may span lines, so rows can only be fewer.)
    static func lineCount(_ text: String) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { count += 1 }
            previous = byte
        }
        return count
    }

    /// A refused row points at a line of the file and says what to fix in both languages.
    static func check(_ error: Inventory.ManifestRowError, lines: Int) {
        require((1...(lines + 1)).contains(error.line), "an error on line \(error.line) of \(lines)")
        require(!error.message.nl.isEmpty && !error.message.en.isEmpty, "an error without words on line \(error.line)")
    }

    /// Loaded text answers to the same rule as the API's: no control characters, within limits.
    static func checkText(_ value: String?, field: String) {
        guard let value else { return }
        do {
            try TextRules.check(value, field: field)
        } catch {
            fatalError("a loaded \(field) breaks the text rules: \(error)")
        }
    }

    /// One CSV cell, always quoted (RFC 4180), so a round trip needs no guessing. Quotes are
    /// doubled scalar by scalar, as `CSVField` does.
    static func quoted(_ value: String) -> String {
        "\"" + CSVField.doublingQuotes(value) + "\""
    }

    /// Loaded text is exported again by `CSVField` (reports, `--csv`): read back by a CSV reader,
    /// it must stay one cell holding the text, with the formula guard's quote if it needs one.
    static func checkExport(_ value: String?) {
        guard let value else { return }
        let record = CSVField.record([value, "end"])
        var reader = CSVRecordReader(record)
        guard case .success(let read)? = reader.next() else {
            fatalError("the export of \(Array(value.unicodeScalars)) does not read as CSV: \(Array(record.unicodeScalars))")
        }
        let expected = CSVField.needsGuard(value) ? "'" + value : value
        let row = read.fields
        require(row == [expected, "end"], "the export of \(Array(value.unicodeScalars)) reads as \(row.map { Array($0.unicodeScalars) })")
    }
}
