import Foundation

/// The queue behind `FakeGPIOLine`'s input side: injected edges wait here until a reading
/// thread takes them, and a blocked reader wakes as soon as one arrives.
final class PendingEdges: Sendable {
    /// NSCondition guards `edges`; `nonisolated(unsafe)` because all access happens under it.
    private let condition = NSCondition()
    nonisolated(unsafe) private var edges: [GPIOEdge] = []

    func append(_ edge: GPIOEdge) {
        condition.lock()
        edges.append(edge)
        condition.unlock()
        condition.broadcast()
    }

    func wakeAll() {
        condition.broadcast()
    }

    /// The oldest edge, waiting up to `timeout` for one; nil when none came.
    func next(timeout: Duration) -> GPIOEdge? {
        let parts = timeout.components
        let seconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while edges.isEmpty {
            guard condition.wait(until: deadline) else { return nil }
        }
        return edges.removeFirst()
    }
}
