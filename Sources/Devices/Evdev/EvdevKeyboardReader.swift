import Foundation
import Logging

/// A keyboard-wedge scanner or pass reader read through evdev (`/dev/input/by-id/…-event-kbd`),
/// grabbed so its keystrokes never reach the console.
///
/// Like the serial driver it handles late plug-in and unplug itself: a missing or not yet
/// permitted node is polled for, a lost device is reopened with backoff and grabbed again.
/// A device without a role is never opened, let alone grabbed: grabbing the wrong node would
/// lock staff out of the real keyboard.
public struct EvdevKeyboardReader: DeviceDriver {
    /// How often to look for the node again, how to back off after an unplug, and how long a
    /// partial code may wait for its ENTER; tests shorten these.
    public struct Timing: Sendable {
        public var pathRetry: Duration
        public var reopen: RetryBackoff
        public var incompleteTimeout: Duration

        public init(
            pathRetry: Duration = .milliseconds(500),
            reopen: RetryBackoff = RetryBackoff(),
            incompleteTimeout: Duration = KeyboardDecoder.defaultIncompleteTimeout
        ) {
            self.pathRetry = pathRetry
            self.reopen = reopen
            self.incompleteTimeout = incompleteTimeout
        }
    }

    /// Records read per read(2): a whole scan in one wake-up, never a partial record lost.
    static let recordsPerRead = 64

    public let driver = "evdev"
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

    /// Returns when cancelled; throws only for configuration problems a retry cannot fix (no
    /// path, unknown layout, a path that is no device).
    public func run(emit: @escaping InputSink, report: @escaping StateSink) async throws {
        guard let role = descriptor.role else { return }
        guard let path = descriptor.path, !path.isEmpty else {
            throw DeviceError(.missingPath, "device \(descriptor.name) has no path — set path in the config (e.g. /dev/input/by-id/…-event-kbd)")
        }
        guard let layout = KeyboardLayout.named(descriptor.layout) else {
            throw DeviceError(
                .configureFailed,
                "device \(descriptor.name) has unknown layout \"\(descriptor.layout ?? "")\" — use one of \(KeyboardLayout.supportedNames.joined(separator: ", "))"
            )
        }
        var reporter = StateReporter(sink: report)
        var backoff = timing.reopen
        while !Task.isCancelled {
            guard let device = try await openWhenPresent(path: path, reporter: &reporter) else { return }
            await reporter.report(.connected)
            logger.info("connected", metadata: ["path": "\(path)", "layout": "\(layout.name)"])
            let started = ContinuousClock.now
            guard let reason = try await readUntilClosed(device, layout: layout, role: role, emit: emit) else { return }
            logger.warning("disconnected: \(reason)")
            await reporter.report(.disconnected(reason))
            if device.kind == .regularFile {
                await Self.waitForCancellation()
                return
            }
            if ContinuousClock.now - started > backoff.maximum {
                backoff.reset()
            }
            try? await Task.sleep(for: backoff.next())
        }
    }

    /// A recorded file has been replayed; reading it again would deliver every code twice.
    private static func waitForCancellation() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
