/// Why the guard refused a config text, with the line and column an operator needs to fix it.
public struct TOMLGuardError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// The text breaks the TOML 1.0 grammar.
        case syntax
        /// A raw control character (NUL, ESC, DEL, a lone CR …) outside what TOML allows.
        case controlCharacter
        /// Bytes that are not well-formed UTF-8.
        case notUTF8
        /// Larger than `TOMLLimits.maxBytes`.
        case fileTooLarge
        /// A line, key or nesting depth past `TOMLLimits`; these keep the parsers' work linear.
        case limitExceeded
    }

    public var code: Code
    /// One-based.
    public var line: Int
    /// One-based, counted in Unicode scalars so it matches what an editor shows.
    public var column: Int
    public var message: String

    public init(_ code: Code, line: Int, column: Int, message: String) {
        self.code = code
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "line \(line), column \(column): \(message)"
    }
}
