/// One thing wrong (or worth knowing) about a config file, located so an operator can fix it
/// without reading the source.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    /// Stable identity of the problem, so callers and tests need not match on message text.
    public enum Code: String, Sendable, Equatable {
        case unreadable
        /// Past a size bound of `TOMLLimits`: the file, a line, a key or the nesting of a value.
        case tooLarge
        case syntax
        case unknownKey
        case unknownTable
        case wrongType
        case missingKey
        case duplicate
        case invalidValue
        case invalidPattern
        case pathNotFound
        case neverOpened
        case ignoredKey
    }

    /// Warnings never stop `hubd`; errors do.
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    public var code: Code
    public var severity: Severity
    public var file: String
    public var line: Int?
    public var section: ConfigSection?
    public var key: String?
    public var message: String

    public init(
        _ code: Code,
        severity: Severity = .error,
        file: String,
        line: Int?,
        section: ConfigSection?,
        key: String?,
        message: String
    ) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.section = section
        self.key = key
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        var parts = [location + ":"]
        if severity == .warning { parts.append("warning:") }
        switch (section, key) {
        case let (section?, key?): parts.append("\(section) key '\(key)':")
        case let (section?, nil): parts.append("\(section):")
        case let (nil, key?): parts.append("key '\(key)':")
        case (nil, nil): break
        }
        parts.append(message)
        return parts.joined(separator: " ")
    }
}
