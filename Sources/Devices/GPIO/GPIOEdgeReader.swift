import Foundation
import Synchronization

/// Waits for edges on button lines, one dedicated thread per line, and hands them to async code.
///
/// `gpiod_line_event_wait` blocks, and a blocked cooperative thread would starve the other
/// drivers on a two-core Pi, so each line gets a thread of its own. The wait has a short
/// timeout, after which the thread checks whether the consumer went away; dropping the stream
/// therefore stops every thread within one poll interval and releases the lines they hold.
final class GPIOEdgeReader: Sendable {
    enum Event: Sendable, Equatable {
        /// An edge on the line at `index` in the list the reader was started with.
        case edge(index: Int, GPIOEdge)
        /// A line failed; its thread stopped. The reason is for staff.
        case failed(String)
    }

    private let continuation: AsyncStream<Event>.Continuation
    private let stopped = Atomic<Bool>(false)
    private let running: Atomic<Int>

    private init(continuation: AsyncStream<Event>.Continuation, threads: Int) {
        self.continuation = continuation
        self.running = Atomic(threads)
    }

    static func start(
        _ inputs: [any GPIOInput], name: String, pollInterval: Duration, queueLimit: Int = 64
    ) -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingOldest(queueLimit))
        let reader = GPIOEdgeReader(continuation: continuation, threads: inputs.count)
        continuation.onTermination = { _ in reader.stopped.store(true, ordering: .relaxed) }
        if inputs.isEmpty {
            continuation.finish()
        }
        for (index, input) in inputs.enumerated() {
            let ping = LoopPings.enrol {}
            DeviceThread.start("hub-gpio-\(name)-\(input.offset)") {
                reader.read(input, index: index, pollInterval: pollInterval, ping: ping)
            }
        }
        return stream
    }

    /// Answers a liveness ping (`LoopPings`) on every turn: the wait times out often enough.
    private func read(_ input: any GPIOInput, index: Int, pollInterval: Duration, ping: PingSlot?) {
        defer { ping?.retire() }
        while !stopped.load(ordering: .relaxed) {
            ping?.answer()
            let edge: GPIOEdge?
            do {
                edge = try input.waitForEdge(timeout: pollInterval)
            } catch {
                continuation.yield(.failed(error.message))
                break
            }
            guard let edge else { continue }
            if case .terminated = continuation.yield(.edge(index: index, edge)) {
                break
            }
        }
        if running.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
            continuation.finish()
        }
    }
}
