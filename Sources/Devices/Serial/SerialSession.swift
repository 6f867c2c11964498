import Foundation
import Logging

/// The open, wait, read and reopen cycle every serial driver shares, whatever its wire format.
///
/// Unplug and late plug-in are handled here, not by the supervisor: a missing or not yet
/// permitted node is polled for, and a hangup leads to a reopen with backoff, so a device can
/// come and go without restarting the hub. Each session gets a fresh decoder, so half a frame
/// from before an unplug never joins the first bytes after it.
struct SerialSession: Sendable {
    let descriptor: DeviceDescriptor
    let baud: Int
    let logger: Logger
    let timing: SerialTiming

    /// Returns when cancelled; throws only for configuration problems that a retry cannot fix
    /// by itself (the supervisor then records the error and retries with backoff).
    func run<Decoder: ByteStreamDecoder>(
        decoder makeDecoder: () -> Decoder, emit: @escaping InputSink, report: @escaping StateSink
    ) async throws where Decoder.Output == InputEvent.Payload {
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
            guard let reason = try await readUntilClosed(port, decoder: makeDecoder(), role: role, emit: emit) else { return }
            logger.warning("disconnected: \(reason)")
            await reporter.report(.disconnected(reason))
            if ContinuousClock.now - started > backoff.maximum {
                backoff.reset()
            }
            try? await Task.sleep(for: backoff.next())
        }
    }

    private func openWhenPresent(path: String, reporter: inout StateReporter) async throws -> SerialPort? {
        var opener = DeviceOpener(retry: timing.pathRetry, path: path, logger: logger)
        return try await opener.open(reporter: &reporter) { () throws(DeviceError) in try SerialPort.open(path: path, baud: baud) }
    }

    /// Reads one open session; returns the disconnect reason, or nil when cancelled. Rate limits
    /// and repeats are the supervisor's `InputGuard`'s job, the same for every driver.
    private func readUntilClosed<Decoder: ByteStreamDecoder>(
        _ port: SerialPort, decoder: Decoder, role: DeviceRole, emit: InputSink
    ) async throws -> String? where Decoder.Output == InputEvent.Payload {
        let events = try FileDescriptorReader.start(port.descriptor, decoder: decoder, name: descriptor.name, logger: logger)
        return await FileDescriptorReader.emitAll(events, device: descriptor.name, role: role, emit: emit)
    }
}
