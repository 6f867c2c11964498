import Foundation

struct CommandResult {
    var exit: Int32
    var stdout: String
    var stderr: String
}

/// Runs a built executable and captures its output through files, so large outputs never block.
enum Command {
    /// Waits for the process without blocking a thread of the shared pool, which device tests need.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, stdin: String? = nil) async -> CommandResult {
        let directory = NSTemporaryDirectory() + "bh-cmd-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let out = directory + "/out", err = directory + "/err"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let stdin {
            let input = directory + "/in"
            FileManager.default.createFile(atPath: input, contents: Data(stdin.utf8))
            process.standardInput = FileHandle(forReadingAtPath: input)
        }
        do {
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
            try await process.runUntilExit()
        } catch {
            return CommandResult(exit: -1, stdout: "", stderr: "\(error)")
        }
        return CommandResult(
            exit: process.terminationStatus,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        )
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
