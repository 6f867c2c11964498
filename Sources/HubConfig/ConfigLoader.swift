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
        let bytes = try readBytes(path: path)
        return try validate(bytes: bytes, file: path, sourcePath: path, pathExists: pathExists)
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
        try validate(bytes: Array(text.utf8), file: file, sourcePath: sourcePath, pathExists: pathExists)
    }

    /// Every config, from a file or not, passes `TOMLGuard` before TOMLKit sees a byte of it.
    static func validate(
        bytes: [UInt8],
        file: String,
        sourcePath: String?,
        pathExists: @escaping (String) -> Bool
    ) throws(ConfigError) -> ConfigLoadResult {
        let text = try guardedText(bytes, file: file)
        let root = try parseTOML(text: text, file: file)
        var parser = ConfigParser(file: file, text: text, pathExists: pathExists)
        let configuration = parser.parse(root, sourcePath: sourcePath)
        guard parser.issues.isEmpty else {
            throw ConfigError(issues: inLineOrder(parser.issues))
        }
        return ConfigLoadResult(configuration: configuration, warnings: inLineOrder(parser.warnings))
    }

    static func parseTOML(text: String, file: String) throws(ConfigError) -> TOMLTable {
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

    /// TOMLKit hands tables back in key order, not file order; people read top to bottom.
    static func inLineOrder(_ issues: [ConfigIssue]) -> [ConfigIssue] {
        issues.enumerated()
            .sorted { lhs, rhs in
                let left = lhs.element.line ?? Int.max
                let right = rhs.element.line ?? Int.max
                return left != right ? left < right : lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
