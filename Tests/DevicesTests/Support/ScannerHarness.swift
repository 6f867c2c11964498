import Devices
import Foundation
import Logging

/// Runs a `SerialLineScanner` in a task with short retry timings and records its output.
struct ScannerHarness {
    let recorder = Recorder()
    let task: Task<Void, any Error>

    init(path: String, maxCodesPerSecond: Int = 20) {
        let descriptor = DeviceDescriptor(
            name: "scanner-1", role: .intake, driver: .serial, path: path,
            terminator: .cr, maxCodesPerSecond: maxCodesPerSecond
        )
        let timing = SerialLineScanner.Timing(
            pathRetry: .milliseconds(50),
            reopen: RetryBackoff(initial: .milliseconds(20), maximum: .milliseconds(200))
        )
        let scanner = SerialLineScanner(descriptor: descriptor, logger: Logger(label: "test"), timing: timing)
        let recorder = recorder
        task = Task { try await scanner.run(emit: recorder.emit, report: recorder.report) }
    }

    /// Cancels and waits, which also proves the driver notices cancellation while reading.
    func stop() async throws {
        task.cancel()
        try await task.value
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("buurhub-scanner-\(UUID().uuidString)").path
    }
}
