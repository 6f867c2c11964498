import Devices
import Foundation
import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Runs an `EvdevKeyboardReader` on a FIFO (this machine has no input devices) with short
/// retry timings and records what it emits.
struct EvdevHarness {
    let recorder = Recorder()
    let task: Task<Void, any Error>

    init(
        path: String, role: DeviceRole? = .intake, layout: String? = nil, suffixTimeout: Duration? = nil,
        pathRetry: Duration = .milliseconds(50)
    ) {
        let descriptor = DeviceDescriptor(
            name: "wedge-1", role: role, driver: .evdev, path: path, layout: layout,
            maxCodesPerSecond: 50, suffixTimeout: suffixTimeout
        )
        let timing = EvdevKeyboardReader.Timing(
            pathRetry: pathRetry,
            reopen: RetryBackoff(initial: .milliseconds(20), maximum: .milliseconds(200))
        )
        let reader = EvdevKeyboardReader(descriptor: descriptor, logger: Logger(label: "test"), timing: timing)
        let recorder = recorder
        task = Task { try await reader.run(emit: recorder.emit, report: recorder.report) }
    }

    func stop() async throws {
        task.cancel()
        try await task.value
    }

    /// A fresh directory per test, so FIFOs of parallel tests never meet.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("buurhub-evdev-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func makeFIFO(_ path: String) throws {
        guard mkfifo(path, 0o600) == 0 else {
            throw Errno(rawValue: errno)
        }
    }

    /// Writes `bytes` to the FIFO in pieces cut at `splits`, pausing between them so the reader
    /// sees separate reads.
    static func write(_ bytes: [UInt8], to path: String, splits: [Int] = []) async throws {
        let writer = try FileDescriptor.open(FilePath(path), .writeOnly, options: [.closeOnExec])
        defer { try? writer.close() }
        var start = 0
        for end in splits.sorted() + [bytes.count] where end > start {
            _ = try writer.writeAll(bytes[start..<min(end, bytes.count)])
            start = min(end, bytes.count)
            try await Task.sleep(for: .milliseconds(30))
        }
    }
}
