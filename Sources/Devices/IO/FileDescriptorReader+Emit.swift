import Foundation

extension FileDescriptorReader {
    /// Hands a reader's outputs to the workflows until the device closes; returns the reason,
    /// or nil when the task was cancelled. Drops the reading thread counted are passed on, so
    /// `kiosk status` shows them.
    static func emitAll(
        _ events: AsyncStream<Event<InputEvent.Payload>>, device: String, role: DeviceRole, emit: InputSink
    ) async -> String? {
        for await event in events {
            switch event {
            case .closed(let reason):
                return reason
            case .output(let payload):
                await emit(InputEvent(device: device, role: role, time: Date(), payload: payload))
            case .overflow(let count):
                await emit(InputEvent(device: device, role: role, time: Date(), payload: .rejected(.overflow(count))))
            }
        }
        return Task.isCancelled ? nil : "reading stopped unexpectedly"
    }
}
