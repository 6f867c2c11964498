import Foundation
import Logging

extension USBHIDScanner {
    /// Starts this driver's own libusb context, waiting while libusb cannot start; nil when
    /// cancelled.
    func startLibUSB(reporter: inout StateReporter) async -> LibUSBContext? {
        while !Task.isCancelled {
            switch Result(catching: { () throws(DeviceError) in try LibUSBContext() }) {
            case .success(let context):
                return context
            case .failure(let error):
                if await reporter.report(.waiting(error.message)) {
                    logger.warning("\(error.message)")
                }
            }
            try? await Task.sleep(for: timing.enumerateInterval)
        }
        return nil
    }

    /// Enumerates until the device opens; returns nil when cancelled. Missing devices and
    /// missing permissions (udev rules apply after plug-in) are waited for; anything else is
    /// thrown for the supervisor to show.
    func openWhenPresent(_ opener: HIDDeviceOpener, reporter: inout StateReporter) async throws -> LibUSBHIDHandle? {
        var waiting = DeviceOpener(retry: timing.enumerateInterval, watchesUSBBus: true, logger: logger)
        return try await waiting.open(reporter: &reporter) { () throws(DeviceError) in try opener.open() }
    }

    /// Reads one open session; returns the disconnect reason, or nil when cancelled. Rate
    /// limits, repeats and GS1 are the supervisor's `InputGuard`'s job.
    func readUntilClosed(_ handle: LibUSBHIDHandle, role: DeviceRole, emit: InputSink) async -> String? {
        let (events, exit) = HIDInterruptReader.start(
            handle, decoder: decoder(for: handle.interface), name: descriptor.name,
            logger: logger, timeout: timing.readTimeout
        )
        for await event in events {
            switch event {
            case .closed(let reason):
                return reason
            case .payload(let payload):
                await emit(InputEvent(device: descriptor.name, role: role, time: Date(), payload: payload))
            }
        }
        // Cancelled: the loop above ended at once, the thread within one transfer timeout.
        await exit.wait()
        return Task.isCancelled ? nil : "reading stopped unexpectedly"
    }
}
