import Foundation
import Logging

/// A serial (USB CDC-ACM or UART) scanner or pass reader that ends each code with CR/LF.
///
/// Unplug and late plug-in are handled here, not by the supervisor: a missing or not yet
/// permitted node is polled for, and a hangup leads to a reopen with backoff, so a scanner
/// can come and go without restarting the hub.
public struct SerialLineScanner: DeviceDriver {
    /// How often to look for the node again and how to back off after a hangup; tests shorten
    /// these.
    public struct Timing: Sendable {
        public var pathRetry: Duration
        public var reopen: RetryBackoff

        public init(pathRetry: Duration = .milliseconds(500), reopen: RetryBackoff = RetryBackoff()) {
            self.pathRetry = pathRetry
            self.reopen = reopen
        }
    }

    public let descriptor: DeviceDescriptor
    let logger: Logger
    let timing: Timing

    public init(descriptor: DeviceDescriptor, logger: Logger, timing: Timing = Timing()) {
        self.descriptor = descriptor
        self.timing = timing
        var logger = logger
        logger[metadataKey: "device"] = "\(descriptor.name)"
        self.logger = logger
    }

    /// Returns when cancelled; throws only for configuration problems that a retry cannot fix
    /// by itself (the supervisor then records the error and retries with backoff).
    public func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        guard let role = descriptor.role else { return }
        guard let path = descriptor.path, !path.isEmpty else {
            throw DeviceError(.missingPath, "device \(descriptor.name) has no path — set path in the config")
        }
        var reporter = StateReporter(sink: report)
        var backoff = timing.reopen
        while !Task.isCancelled {
            guard let port = try await openWhenPresent(path: path, reporter: &reporter) else { return }
            await reporter.report(.connected)
            logger.info("connected", metadata: ["path": "\(path)"])
            let started = ContinuousClock.now
            guard let reason = try await readUntilClosed(port, role: role, emit: emit) else { return }
            logger.warning("disconnected: \(reason)")
            await reporter.report(.disconnected(reason))
            if ContinuousClock.now - started > backoff.maximum {
                backoff.reset()
            }
            try? await Task.sleep(for: backoff.next())
        }
    }

    /// Polls for the node until it opens; returns nil when cancelled. A node that is missing,
    /// not yet permitted (udev sets modes late) or half-gone after an unplug is waited for;
    /// anything else is a configuration problem and thrown.
    private func openWhenPresent(path: String, reporter: inout StateReporter) async throws -> SerialPort? {
        while !Task.isCancelled {
            // Result instead of `catch where`: Swift 6.3.1 crashes in SILGen on the latter with typed throws.
            let error: DeviceError
            switch Result(catching: { () throws(DeviceError) in try SerialPort.open(path: path, baud: descriptor.baud) }) {
            case .success(let port):
                return port
            case .failure(let failure):
                error = failure
            }
            guard [.notFound, .permissionDenied, .notReady].contains(error.code) else {
                throw error
            }
            if await reporter.report(.waiting(error.message)) {
                logger.info("\(error.message)")
            }
            try? await Task.sleep(for: timing.pathRetry)
        }
        return nil
    }
}
