import Synchronization

/// Tells a reader thread to finish; set from the stream's termination handler, polled between
/// transfers (which time out quickly for exactly this reason).
final class StopFlag: Sendable {
    private let stopped = Atomic<Bool>(false)

    var isSet: Bool {
        stopped.load(ordering: .acquiring)
    }

    func set() {
        stopped.store(true, ordering: .releasing)
    }
}
