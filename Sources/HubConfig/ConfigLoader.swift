import Foundation
import TOMLKit

/// Turns `hubd.toml` into a `Configuration`, or into one error that lists every problem with its
/// file, line and key, so `hubd check-config` can be fixed in one go.
public enum ConfigLoader {
    /// Reads and validates a file; warnings are dropped, use `loadWithWarnings` to show them.
    public static func load(path: String) throws(ConfigError) -> Configuration {
        try loadWithWarnings(path: path).configuration
    }

    public static func loadWithWarnings(
        path: String,
        pathExists: @escaping (String) -> Bool = fileExists(atPath:)
    ) throws(ConfigError) -> ConfigLoadResult {
        let text = try readText(path: path)
        return try validate(text: text, file: path, sourcePath: path, pathExists: pathExists)
    }

    /// Validates text that did not come from disk; `file` names it in messages and becomes `sourcePath`.
    public static func parse(text: String, file: String) throws(ConfigError) -> Configuration {
        try parseWithWarnings(text: text, file: file).configuration
    }

    public static func parseWithWarnings(
        text: String,
        file: String,
        pathExists: @escaping (String) -> Bool = fileExists(atPath:)
    ) throws(ConfigError) -> ConfigLoadResult {
        try validate(text: text, file: file, sourcePath: file, pathExists: pathExists)
    }

    public static func fileExists(atPath path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    static func validate(
        text: String,
        file: String,
        sourcePath: String?,
        pathExists: @escaping (String) -> Bool
    ) throws(ConfigError) -> ConfigLoadResult {
        let root = try parseTOML(text: text, file: file)
        var parser = ConfigParser(file: file, text: text, pathExists: pathExists)
        let configuration = parser.parse(root, sourcePath: sourcePath)
        guard parser.issues.isEmpty else {
            throw ConfigError(issues: inLineOrder(parser.issues))
        }
        return ConfigLoadResult(configuration: configuration, warnings: inLineOrder(parser.warnings))
    }

    private static func parseTOML(text: String, file: String) throws(ConfigError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = error.source.begin
            throw ConfigError(issues: [ConfigIssue(
                .syntax, file: file, line: position.line, section: nil, key: nil,
                message: "TOML syntax error at column \(position.column): \(error.description)"
            )])
        } catch {
            throw ConfigError(issues: [ConfigIssue(
                .syntax, file: file, line: nil, section: nil, key: nil, message: "TOML syntax error: \(error)"
            )])
        }
    }

    private static func readText(path: String) throws(ConfigError) -> String {
        func failure(_ message: String) -> ConfigError {
            ConfigError(issues: [ConfigIssue(.unreadable, file: path, line: nil, section: nil, key: nil, message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("no such file; check the path given to --config")
        }
        guard !isDirectory.boolValue else { throw failure("is a directory, not a config file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw failure("cannot be read; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure("is not UTF-8 text; TOML files must be UTF-8")
        }
        return text
    }

    /// TOMLKit hands tables back in key order, not file order; people read top to bottom.
    private static func inLineOrder(_ issues: [ConfigIssue]) -> [ConfigIssue] {
        issues.enumerated()
            .sorted { lhs, rhs in
                let left = lhs.element.line ?? Int.max
                let right = rhs.element.line ?? Int.max
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
