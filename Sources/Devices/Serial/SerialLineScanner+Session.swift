import Foundation
import Logging

extension SerialLineScanner {
    /// Reads one open session; returns the disconnect reason, or nil when cancelled. Rate limits
    /// and repeats are the supervisor's `InputGuard`'s job, the same for every driver.
    func readUntilClosed(_ port: SerialPort, role: DeviceRole, emit: InputSink) async throws -> String? {
        let events = try FileDescriptorReader.start(
            port.descriptor, decoder: LineFramer(descriptor: descriptor), name: descriptor.name, logger: logger
        )
        for await event in events {
            switch event {
            case .closed(let reason):
                return reason
            case .output(let payload):
                await emit(InputEvent(device: descriptor.name, role: role, time: Date(), payload: payload))
            case .overflow(let count):
                await emit(InputEvent(device: descriptor.name, role: role, time: Date(), payload: .rejected(.overflow(count))))
            }
        }
        return Task.isCancelled ? nil : "reading stopped unexpectedly"
    }
}
