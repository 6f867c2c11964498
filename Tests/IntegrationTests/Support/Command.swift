import Foundation

struct CommandResult {
    var exit: Int32
    var stdout: String
    var stderr: String
}

/// Runs a built executable and captures its output through files, so large outputs never block.
enum Command {
    /// Waits for the process without blocking a thread of the shared pool, which device tests need.
    /// Uses `posix_spawn` rather than Foundation's `Process`, which crashed the test runner once
    /// in CI while launching `kiosk` from a concurrency thread.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, stdin: String? = nil) async -> CommandResult {
        await CleanSpawn.run(executable.path, arguments, environment: environment ?? ProcessInfo.processInfo.environment, stdin: stdin)
    }
}

/// The binaries `swift build` put next to this test bundle.
enum Binaries {
    static var directory: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent()
    }

    static var hubd: URL { directory.appendingPathComponent("hubd") }
    static var kiosk: URL { directory.appendingPathComponent("kiosk") }
}

extension Process {
    /// Starts the process and resumes when it has exited.
    func runUntilExit() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            terminationHandler = { _ in continuation.resume() }
            do {
                try run()
            } catch {
                terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }

    /// Resumes once a process started elsewhere has exited.
    func exited() async {
        while isRunning {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }
}
