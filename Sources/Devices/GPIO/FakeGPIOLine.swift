import Foundation
import Synchronization

/// An in-memory GPIO line for tests and `--simulate`: records every value written with the time
/// it was written, and delivers edges injected by the caller to whoever waits for them.
public final class FakeGPIOLine: GPIOOutput, GPIOInput, Sendable {
    /// One write: when (by the injected `now`) and the value.
    public struct Write: Sendable, Equatable {
        public var time: Duration
        public var on: Bool

        public init(time: Duration, on: Bool) {
            self.time = time
            self.on = on
        }
    }

    public let offset: Int
    private let now: @Sendable () -> Duration
    private let writes = Mutex<[Write]>([])
    private let failure = Mutex<GPIOError?>(nil)
    /// A condition variable, because waiters block a real thread exactly as on libgpiod.
    private let pending = PendingEdges()

    /// `now` stamps each write; tests pass their manual clock so timings are exact.
    public init(offset: Int, now: @escaping @Sendable () -> Duration = FakeGPIOLine.uptime) {
        self.offset = offset
        self.now = now
    }

    public var recorded: [Write] {
        writes.withLock { $0 }
    }

    /// The last value written; false before any write, like a freshly requested output.
    public var value: Bool {
        recorded.last?.on ?? false
    }

    public func set(_ on: Bool) throws(GPIOError) {
        if let error = failure.withLock({ $0 }) { throw error }
        let time = now()
        writes.withLock { $0.append(Write(time: time, on: on)) }
    }

    /// Makes every following write and wait fail, as if the line had gone away.
    public func fail(with error: GPIOError?) {
        failure.withLock { $0 = error }
        pending.wakeAll()
    }

    /// Queues an edge for the reading side, as a button contact would.
    public func inject(_ edge: GPIOEdge) {
        pending.append(edge)
    }

    public func waitForEdge(timeout: Duration) throws(GPIOError) -> GPIOEdge? {
        if let error = failure.withLock({ $0 }) { throw error }
        return pending.next(timeout: timeout)
    }

    /// Monotonic time since boot, the same base the kernel stamps edges with.
    public static let uptime: @Sendable () -> Duration = {
        Duration.seconds(ProcessInfo.processInfo.systemUptime)
    }
}
