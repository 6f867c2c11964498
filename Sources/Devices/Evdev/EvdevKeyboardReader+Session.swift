import Foundation
import Logging

extension EvdevKeyboardReader {
    /// Waits for the node until it opens and is grabbed; returns nil when cancelled. Missing,
    /// not yet permitted (udev sets modes after the node appears) or half-gone nodes are waited
    /// for; a node grabbed by another process is an error shown to staff but still retried.
    func openWhenPresent(path: String, reporter: inout StateReporter) async throws -> EvdevDevice? {
        var opener = DeviceOpener(
            retry: timing.pathRetry, path: path, retriedAsError: [.configureFailed], errorBackoff: timing.reopen, logger: logger
        )
        return try await opener.open(reporter: &reporter) { () throws(DeviceError) in try EvdevDevice.open(path: path, logger: logger) }
    }

    /// Reads one open session; returns the disconnect reason, or nil when cancelled. Rate limits
    /// and repeats are the supervisor's `InputGuard`'s job, the same for every driver.
    func readUntilClosed(_ device: EvdevDevice, layout: KeyboardLayout, role: DeviceRole, emit: InputSink) async throws -> String? {
        let keyboard = KeyboardDecoder(
            layout: layout, maxCodeLength: descriptor.maxCodeLength,
            suffixTimeout: descriptor.suffixTimeout, incompleteTimeout: timing.incompleteTimeout
        )
        let events = try FileDescriptorReader.start(
            device.descriptor, decoder: EvdevStreamDecoder(keyboard: keyboard), name: descriptor.name,
            logger: logger, chunkSize: Self.recordsPerRead * InputEventRecord.size
        )
        let reason = await FileDescriptorReader.emitAll(events, device: descriptor.name, role: role, emit: emit)
        return device.kind == .regularFile ? reason.map { "end of recorded input (\($0))" } : reason
    }
}
