/// Reads CSV (RFC 4180) strictly, record by record, each with the line it starts on.
///
/// Strict where a lenient reader would change data: after a quoted cell's closing quote only a
/// delimiter or the end of the line may follow, so `"ab"c"` is refused instead of loading as
/// `abc` or `ab`, and a quoted cell still open at the end of the file is refused too. Each
/// refusal names its line; reading goes on with the next line. A quote inside an unquoted cell
/// (`12" wheel`) is taken as it stands. Unquoted cells are trimmed of spaces and tabs; a quoted
/// cell keeps its content exactly, as RFC 4180 says spaces are part of a field.
public struct CSVRecordReader {
    public struct Record: Sendable, Equatable {
        /// The line the record starts on, counting CR, LF and CRLF each as one line end.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    private let scalars: [Unicode.Scalar]
    private let delimiter: Unicode.Scalar
    private var index = 0
    private var line = 1

    public init(_ text: String, delimiter: Unicode.Scalar = ",") {
        scalars = Array(text.unicodeScalars)
        self.delimiter = delimiter
    }

    /// The first record's cells, lowercased, as column names; nil when it is missing or refused.
    public mutating func headerRow() -> [String]? {
        guard case .success(let record)? = next() else { return nil }
        return record.fields.map { $0.lowercased() }
    }

    /// The next record or refusal; nil at the end.
    public mutating func next() -> Result<Record, CSVSyntaxError>? {
        guard index < scalars.count else { return nil }
        var cells = CellBuilder(line: line)
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if cells.inQuotes {
                readQuoted(scalar, into: &cells)
            } else if scalar == delimiter {
                cells.endCell()
            } else if scalar == "\r" || scalar == "\n" {
                endLine(scalar)
                return .success(cells.record())
            } else if let refusal = readUnquoted(scalar, into: &cells) {
                skipRestOfLine()
                return .failure(refusal)
            }
        }
        if cells.inQuotes {
            return .failure(CSVSyntaxError(.unclosedQuote, line: cells.startLine))
        }
        return .success(cells.record())
    }

    private mutating func readQuoted(_ scalar: Unicode.Scalar, into cells: inout CellBuilder) {
        if scalar == "\"" {
            if index < scalars.count, scalars[index] == "\"" {
                cells.cell.append("\"")
                index += 1
            } else {
                cells.inQuotes = false
                cells.closed = true
            }
            return
        }
        cells.cell.append(scalar)
        if scalar == "\n" || (scalar == "\r" && !(index < scalars.count && scalars[index] == "\n")) {
            line += 1
        }
    }

    private func readUnquoted(_ scalar: Unicode.Scalar, into cells: inout CellBuilder) -> CSVSyntaxError? {
        if cells.closed {
            guard scalar == " " || scalar == "\t" else { return CSVSyntaxError(.textAfterQuote, line: line) }
            return nil
        }
        if scalar == "\"", !cells.quoted, cells.cell.allSatisfy({ $0 == " " || $0 == "\t" }) {
            cells.cell = String.UnicodeScalarView()
            cells.quoted = true
            cells.inQuotes = true
            return nil
        }
        cells.cell.append(scalar)
        return nil
    }

    private mutating func endLine(_ scalar: Unicode.Scalar) {
        if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
        line += 1
    }

    private mutating func skipRestOfLine() {
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r" || scalar == "\n" {
                endLine(scalar)
                return
            }
        }
    }

    /// The cells of the record being read.
    private struct CellBuilder {
        let startLine: Int
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var quoted = false
        var inQuotes = false
        var closed = false

        init(line: Int) { startLine = line }

        mutating func endCell() {
            cells.append(quoted ? String(cell) : String(cell).trimmingSpacesAndTabs)
            cell = String.UnicodeScalarView()
            quoted = false
            closed = false
        }

        mutating func record() -> Record {
            endCell()
            return Record(line: startLine, fields: cells)
        }
    }
}

/// A record the strict reader refused, and where.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    public struct Code: Sendable, Hashable {
        public let name: String
        /// Something other than a delimiter follows a quoted cell's closing quote.
        public static let textAfterQuote = Code(name: "text-after-quote")
        /// A quoted cell is still open at the end of the file.
        public static let unclosedQuote = Code(name: "unclosed-quote")
    }

    public var code: Code
    public var line: Int

    public init(_ code: Code, line: Int) {
        self.code = code
        self.line = line
    }

    public var dutch: String {
        switch code {
        case .unclosedQuote: "een cel met aanhalingstekens die op regel \(line) begint, wordt nooit gesloten — controleer de aanhalingstekens"
        default: "tekst na een afsluitend aanhalingsteken op regel \(line) — een \" binnen een cel moet dubbel (\"\"); deze regel is overgeslagen"
        }
    }

    public var english: String {
        switch code {
        case .unclosedQuote: "a quoted cell that starts on line \(line) is never closed — check the quotes"
        default: "text after a closing quote on line \(line) — a \" inside a cell must be doubled (\"\"); this line was skipped"
        }
    }
}

extension String {
    var trimmingSpacesAndTabs: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
