import Foundation
import KioskKit

/// The kiosk console running in a real terminal: a private tmux server with one 100×32 pane,
/// read back with `capture-pane` and typed into with `send-keys`, as a resident would.
///
/// Each session has its own tmux socket name, so parallel tests never see each other's panes.
/// Everything waits with `Command.run` and `Task.sleep`, never blocking the shared thread pool.
final class ConsoleSession: @unchecked Sendable {
    let socketName: String
    let target = "kiosk"
    let width: Int
    let height: Int
    /// Where the pane's shell writes the kiosk's exit status, because tmux does not reliably
    /// report it when the pty closes before the process is reaped.
    let exitFile: String
    private var stopped = false

    /// Starts `kiosk` with `arguments` in a new detached tmux session of `width`×`height`.
    init(arguments: [String], width: Int = 100, height: Int = 32) async throws {
        socketName = "bh-console-" + String(UUID().uuidString.prefix(8))
        self.width = width
        self.height = height
        exitFile = NSTemporaryDirectory() + socketName + ".exit"
        let command = ([Binaries.kiosk.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
            + "; echo $? > " + Self.shellQuoted(exitFile)
        let result = await tmux(starting: true, [
            "-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), "-s", target, command,
            ";", "set-option", "-t", target, "remain-on-exit", "on",
        ])
        guard result.exit == 0 else { throw ConsoleSessionError("tmux new-session failed: \(result.stderr)") }
    }

    /// The visible screen, one string per row (tmux trims trailing blanks).
    func capture() async throws -> [String] {
        let result = await tmux(["capture-pane", "-p", "-t", target])
        guard result.exit == 0 else { throw ConsoleSessionError("tmux capture-pane failed: \(result.stderr)") }
        var lines = result.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Presses keys; each argument is a tmux key name ("1", "Enter", "BSpace", "C-c", "KP5").
    func sendKeys(_ keys: String...) async throws {
        let result = await tmux(["send-keys", "-t", target] + keys)
        guard result.exit == 0 else { throw ConsoleSessionError("tmux send-keys failed: \(result.stderr)") }
    }

    /// The kiosk's exit status once it has ended; nil while it runs.
    func exitStatus() -> Int32? {
        guard let text = try? String(contentsOfFile: exitFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until the kiosk has ended and returns its exit status.
    func waitForExit(seconds: Double = 10) async throws -> Int32 {
        var status: Int32?
        try await waitUntil(seconds: seconds, "the kiosk to exit") {
            status = self.exitStatus()
            return status != nil
        }
        return status ?? -1
    }

    /// Stops the tmux server (and with it the kiosk). Safe to call twice.
    func stop() async {
        guard !stopped else { return }
        stopped = true
        _ = await tmux(["kill-server"])
        removeFiles()
    }

    deinit {
        guard !stopped else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tmuxPath)
        process.arguments = ["-L", socketName, "kill-server"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
        removeFiles()
    }

    /// tmux 3.3 leaves its socket file behind after `kill-server`; so does a killed pane.
    private func removeFiles() {
        let directory = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/"
        try? FileManager.default.removeItem(atPath: directory + socketName)
        try? FileManager.default.removeItem(atPath: exitFile)
    }

    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: tmuxPath) }

    /// Runs a tmux client. The one that starts the server goes through `CleanSpawn` (see there
    /// why); the others only talk to the server and exit, so `Command.run` suits them.
    private func tmux(starting: Bool = false, _ arguments: [String]) async -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let arguments = ["-L", socketName] + arguments
        if starting { return await CleanSpawn.run(Self.tmuxPath, arguments, environment: environment) }
        return await Command.run(URL(fileURLWithPath: Self.tmuxPath), arguments, environment: environment)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct ConsoleSessionError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
