import Foundation

/// One CSV cell, made safe for the spreadsheet that opens it.
///
/// Quoting follows RFC 4180 (section 2): a field holding a comma, a double quote, CR or LF is
/// enclosed in double quotes, and a double quote inside is doubled. A field that begins or ends
/// with a space or tab is quoted too, so readers that trim cells (ours does) keep it whole.
///
/// Formula guard after OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection):
/// a cell that begins with `=`, `+`, `-`, `@`, tab or carriage return is read as a formula by
/// Excel and LibreOffice, so such a cell gets a leading single quote and is shown as text.
/// A scanned serial `=1+2` or a resident named `=HYPERLINK(…)` thus stays what it is.
/// Plain numbers are left alone so a stock adjustment of `-2` still sums in the spreadsheet.
public enum CSVField {
    static let formulaPrefixes: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func encode(_ value: String, separator: Unicode.Scalar = ",") -> String {
        let guarded = needsGuard(value) ? "'" + value : value
        let special = guarded.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || isBlank(guarded.unicodeScalars.first) || isBlank(guarded.unicodeScalars.last)
        guard special else { return guarded }
        return "\"" + doublingQuotes(guarded) + "\""
    }

    /// Doubles each `"` scalar by scalar. `replacingOccurrences` compares characters, and a quote
    /// followed by a combining mark (`"\u{301}`) is one character that is not `"`: it stayed
    /// single, closed the quoted cell early, and let a formula after it through the guard.
    static func doublingQuotes(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            scalars.append(scalar)
            if scalar == "\"" { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// One record: the encoded cells joined by commas, ended by a line feed (not RFC 4180's CRLF:
    /// the route planner and the spreadsheets read either, and the exports always used LF).
    public static func record(_ cells: [String]) -> String {
        cells.map { encode($0) }.joined(separator: ",") + "\n"
    }

    /// One record in `dialect`, ended by its line end.
    public static func record(_ cells: [String], dialect: CSVDialect) -> String {
        cells.map { encode($0, separator: dialect.separator) }.joined(separator: String(dialect.separator)) + dialect.lineEnd
    }

    private static func isBlank(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == " " || scalar == "\t"
    }

    static func needsGuard(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, formulaPrefixes.contains(first) else { return false }
        return !isPlainNumber(value)
    }

    /// `-2`, `-12.5`, `-1,5`: an optional minus, digits, at most one decimal separator with digits after it.
    static func isPlainNumber(_ value: String) -> Bool {
        let unsigned = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        let parts = unsigned.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        return (1...2).contains(parts.count) && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        }
    }
}

/// The two CSV flavours the coordinator's tools read: RFC 4180 (comma, CRLF, decimal point) and
/// Excel as Dutch Windows sets it up (semicolon, CRLF, decimal comma, and a UTF-8 byte-order mark,
/// without which Excel reads the file as Windows-1252 and mangles "ë").
public struct CSVDialect: Sendable, Equatable {
    public let separator: Unicode.Scalar
    public let lineEnd: String
    public let byteOrderMark: Bool
    public let decimalSeparator: String

    public static let rfc4180 = CSVDialect(separator: ",", lineEnd: "\r\n", byteOrderMark: false, decimalSeparator: ".")
    public static let excelNL = CSVDialect(separator: ";", lineEnd: "\r\n", byteOrderMark: true, decimalSeparator: ",")

    /// Exact cents as an amount: 1234 → "12.34" or "12,34".
    public func amount(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        return sign + "\(magnitude / 100)" + decimalSeparator + String(format: "%02d", Int(magnitude % 100))
    }

    public func document(_ records: [[String]]) -> String {
        (byteOrderMark ? "\u{FEFF}" : "") + records.map { CSVField.record($0, dialect: self) }.joined()
    }
}
