import Logging
import Synchronization

/// Puts a device's `InputGuard` between its driver and the workflows, and keeps the counts
/// `kiosk status` shows. A driver calls its sink one input at a time; the mutex only makes
/// that safe to express.
final class GuardedSink: Sendable {
    private let state: Mutex<InputGuard>
    private let device: String
    private let board: DeviceStatusBoard
    private let downstream: InputSink
    private let logger: Logger

    init(descriptor: DeviceDescriptor, board: DeviceStatusBoard, downstream: @escaping InputSink, logger: Logger) {
        state = Mutex(InputGuard(descriptor: descriptor))
        device = descriptor.name
        self.board = board
        self.downstream = downstream
        self.logger = logger
    }

    func accept(_ event: InputEvent) async {
        let verdict = state.withLock { $0.admit(event.payload) }
        switch verdict {
        case .drop(let reason, let count):
            await board.recordDropped(device, reason: reason, count: count)
            if reason == .repeated { logger.debug("repeat within the window folded into one scan", metadata: ["device": "\(device)"]) }
        case .deliver(let payload):
            if case .rejected(let rejection) = payload {
                await board.recordDropped(device, reason: rejection.code)
                logger.warning("input dropped: \(rejection.message)", metadata: ["device": "\(device)", "reason": "\(rejection.code)"])
            } else {
                await board.recordDelivered(device)
            }
            var delivered = event
            delivered.payload = payload
            await downstream(delivered)
        }
    }
}
