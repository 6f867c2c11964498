import TOMLKit

/// Reads typed values out of one TOML table, turning each mismatch into a located issue so that
/// one pass reports everything wrong instead of stopping at the first problem.
struct TableReader {
    let table: TOMLTable
    let section: ConfigSection
    let file: String
    let locator: KeyLineLocator
    /// The line to blame when the locator cannot place a key, such as inside an inline table.
    let fallbackLine: Int?
    private(set) var issues: [ConfigIssue] = []

    init(table: TOMLTable, section: ConfigSection, file: String, locator: KeyLineLocator, fallbackLine: Int? = nil) {
        self.table = table
        self.section = section
        self.file = file
        self.locator = locator
        self.fallbackLine = fallbackLine
    }

    func line(of key: String?) -> Int? {
        if let key, let line = locator.line(of: key, in: section) { return line }
        return locator.headerLine(of: section) ?? fallbackLine
    }

    func contains(_ key: String) -> Bool { table[key] != nil }

    mutating func report(
        _ code: ConfigIssue.Code,
        key: String?,
        _ message: String,
        severity: ConfigIssue.Severity = .error
    ) {
        issues.append(ConfigIssue(
            code, severity: severity, file: file, line: line(of: key), section: section, key: key, message: message
        ))
    }

    mutating func rejectUnknownKeys(known: [String]) {
        for key in table.keys.sorted() where !known.contains(key) {
            var message = "unknown key"
            if let suggestion = ClosestMatch.suggestion(for: key, among: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; known keys are " + known.map { "'\($0)'" }.joined(separator: ", ")
            }
            report(.unknownKey, key: key, message)
        }
    }

    mutating func requireKey(_ key: String, hint: String = "") {
        guard !contains(key) else { return }
        report(.missingKey, key: key, "missing; this key is required" + hint)
    }

    mutating func string(_ key: String) -> String? {
        typed(key, expected: "a string") { $0.string }
    }

    mutating func int(_ key: String) -> Int? {
        typed(key, expected: "an integer") { $0.int }
    }

    mutating func bool(_ key: String) -> Bool? {
        typed(key, expected: "true or false") { $0.bool }
    }

    /// TOML keeps `4` and `4.0` apart, but a number of hours is a number either way.
    mutating func number(_ key: String) -> Double? {
        typed(key, expected: "a number") { $0.double ?? $0.int.map(Double.init) }
    }

    mutating func positiveInt(_ key: String) -> Int? {
        guard let value = int(key) else { return nil }
        guard value > 0 else {
            report(.invalidValue, key: key, "must be greater than 0, found \(value)")
            return nil
        }
        return value
    }

    mutating func nonNegativeInt(_ key: String) -> Int? {
        guard let value = int(key) else { return nil }
        guard value >= 0 else {
            report(.invalidValue, key: key, "must be 0 or more, found \(value)")
            return nil
        }
        return value
    }

    mutating func nonEmptyString(_ key: String) -> String? {
        guard let value = string(key) else { return nil }
        guard !value.isEmpty else {
            report(.invalidValue, key: key, "must not be empty")
            return nil
        }
        return value
    }

    mutating func stringArray(_ key: String) -> [String]? {
        array(key, expected: "an array of strings") { $0.string }
    }

    mutating func intArray(_ key: String) -> [Int]? {
        array(key, expected: "an array of integers") { $0.int }
    }

    mutating func choice(_ key: String, among allowed: [String]) -> String? {
        guard let value = string(key) else { return nil }
        guard allowed.contains(value) else {
            var message = "must be one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
            message += ", found \"\(value)\""
            if let suggestion = ClosestMatch.suggestion(for: value, among: allowed) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            report(.invalidValue, key: key, message)
            return nil
        }
        return value
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String,
        as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        choice(key, among: Choice.allCases.map(\.rawValue)).flatMap(Choice.init(rawValue:))
    }

    private mutating func typed<Value>(
        _ key: String,
        expected: String,
        _ convert: (any TOMLValueConvertible) -> Value?
    ) -> Value? {
        guard let raw = table[key] else { return nil }
        guard let value = convert(raw) else {
            report(.wrongType, key: key, "must be \(expected), found \(raw.foundDescription)")
            return nil
        }
        return value
    }

    private mutating func array<Element>(
        _ key: String,
        expected: String,
        _ convert: (any TOMLValueConvertible) -> Element?
    ) -> [Element]? {
        guard let raw = table[key] else { return nil }
        guard let elements = raw.array else {
            report(.wrongType, key: key, "must be \(expected), found \(raw.foundDescription)")
            return nil
        }
        var values: [Element] = []
        for (index, element) in elements.enumerated() {
            guard let value = convert(element) else {
                report(.wrongType, key: key, "must be \(expected), but element #\(index + 1) is \(element.foundDescription)")
                return nil
            }
            values.append(value)
        }
        return values
    }
}
