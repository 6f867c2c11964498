import Foundation

/// Where `kiosk login` keeps the staff session token: a file only this user can read, in the
/// runtime directory when there is one, so it disappears at logout or reboot.
struct SessionFile {
    let path: String

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let explicit = environment["BUURHUB_SESSION"], !explicit.isEmpty {
            path = explicit
        } else if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty {
            path = runtime + "/buurhub/session"
        } else {
            path = (environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache/buurhub/session"
        }
    }

    func read() -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return token.isEmpty ? nil : token
    }

    func write(_ token: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw KioskError(.io, "cannot write the session file \(path) — set BUURHUB_SESSION to a writable path")
        }
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data((token + "\n").utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
