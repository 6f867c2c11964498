import Foundation
import TOMLGuard

extension ConfigLoader {
    /// Checks the bytes with `TOMLGuard` and turns them into text for TOMLKit, without a leading
    /// byte order mark, which would otherwise hide the first line from the key line locator.
    static func guardedText(_ bytes: [UInt8], file: String) throws(ConfigError) -> String {
        do {
            try TOMLGuard.check(bytes)
        } catch {
            throw ConfigError(issues: [ConfigIssue(guardError: error, file: file)])
        }
        let body = bytes.starts(with: TOMLGuard.byteOrderMark) ? bytes.dropFirst(TOMLGuard.byteOrderMark.count) : bytes[...]
        return String(decoding: body, as: UTF8.self)
    }

    /// Reads at most one byte past the size limit, so a huge file (or `/dev/zero`) is refused at once.
    static func readBytes(path: String) throws(ConfigError) -> [UInt8] {
        func failure(_ message: String) -> ConfigError {
            ConfigError(issues: [ConfigIssue(.unreadable, file: path, line: nil, section: nil, key: nil, message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("no such file; check the path given to --config")
        }
        guard !isDirectory.boolValue else { throw failure("is a directory, not a config file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw failure("cannot be read; check its permissions")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: TOMLLimits.standard.maxBytes + 1) ?? Data()
            return [UInt8](data)
        } catch {
            throw failure("cannot be read: \(error.localizedDescription)")
        }
    }
}

extension ConfigIssue {
    /// Keeps the `file:line: …` shape of every other config message, with the column in the text.
    init(guardError error: TOMLGuardError, file: String) {
        let code: Code
        let message: String
        switch error.code {
        case .syntax, .controlCharacter:
            (code, message) = (.syntax, "TOML syntax error at column \(error.column): \(error.message)")
        case .notUTF8:
            (code, message) = (.unreadable, "encoding error at column \(error.column): \(error.message)")
        case .limitExceeded:
            (code, message) = (.tooLarge, "refused at column \(error.column): \(error.message)")
        case .fileTooLarge:
            (code, message) = (.tooLarge, error.message)
        }
        self.init(code, file: file, line: error.line, section: nil, key: nil, message: message)
    }
}
