import Foundation
import Logging

extension EvdevKeyboardReader {
    /// Polls for the node until it opens and is grabbed; returns nil when cancelled. Missing,
    /// not yet permitted (udev sets modes after the node appears) or half-gone nodes are waited
    /// for; a node grabbed by another process is an error shown to staff but still retried.
    func openWhenPresent(path: String, reporter: inout StateReporter) async throws -> EvdevDevice? {
        var busyBackoff = timing.reopen
        while !Task.isCancelled {
            // Result instead of `catch where`: Swift 6.3.1 crashes in SILGen on the latter with typed throws.
            let error: DeviceError
            switch Result(catching: { () throws(DeviceError) in try EvdevDevice.open(path: path, logger: logger) }) {
            case .success(let device):
                return device
            case .failure(let failure):
                error = failure
            }
            if error.code == .configureFailed {
                if await reporter.report(.error(error.message)) {
                    logger.error("\(error.message)")
                }
                try? await Task.sleep(for: busyBackoff.next())
                continue
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
