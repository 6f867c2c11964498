import Foundation
import TOMLGuard
import TOMLKit

/// The two `[hub]` settings the kiosk takes from hubd's config: where the socket is and which
/// language residents read. Nothing else is read; hubd checks the whole file when it starts.
struct HubConfigFile: Equatable {
    static let systemPath = "/etc/hubd/hubd.toml"
    static let defaultSocketPath = "./var/hubd.sock"

    var socketPath: String
    var language: String?

    /// `--config` wins, then the system file; without either, hubd runs on its built-in default.
    static func load(explicitPath: String?, fileExists: (String) -> Bool = FileManager.default.fileExists(atPath:)) throws -> HubConfigFile? {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else if fileExists(systemPath) {
            path = systemPath
        } else {
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KioskError(.usage, "cannot read config file \(path)")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads `[hub] socket`, else `<data_dir>/hubd.sock` as hubd derives it, and `[hub] language`.
    static func parse(_ text: String, file: String) throws -> HubConfigFile {
        let table: TOMLTable
        do {
            // TOMLKit aborts the process on some malformed input; only checked text reaches it.
            try TOMLGuard.check(Array(text.utf8))
            table = try TOMLTable(string: text)
        } catch let error as TOMLGuardError {
            throw KioskError(.usage, "\(file):\(error.line): \(error.message)")
        } catch let error as TOMLParseError {
            throw KioskError(.usage, "\(file):\(error.source.begin.line): \(error.description)")
        }
        let hub = table["hub"]?.table
        let socket = nonEmpty(hub?["socket"]?.string)
        let dataDirectory = nonEmpty(hub?["data_dir"]?.string)
        return HubConfigFile(
            socketPath: socket ?? dataDirectory.map(socketPath(in:)) ?? defaultSocketPath,
            language: nonEmpty(hub?["language"]?.string)
        )
    }

    /// The socket lives with the data unless placed elsewhere, as hubd decides it.
    static func socketPath(in dataDirectory: String) -> String {
        var directory = Substring(dataDirectory)
        while directory.count > 1 && directory.hasSuffix("/") { directory = directory.dropLast() }
        return directory == "/" ? "/hubd.sock" : directory + "/hubd.sock"
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }
}
