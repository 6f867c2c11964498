import Foundation
import Synchronization

/// Samples, every 50 ms, how long each of hubd's threads has waited on a run queue
/// (`/proc/PID/task/TID/schedstat`, second field). A soak gap during which one of hubd's threads
/// waited about as long for a CPU is starvation by the load, not a wait inside hubd.
final class SchedulerProbe: Sendable {
    private struct Sample: Sendable {
        var at: ContinuousClock.Instant
        var waits: [Int: UInt64]
    }

    private let samples = Mutex<[Sample]>([])
    private let stopped = Mutex(false)

    init(pid: @escaping @Sendable () -> Int32?) {
        Thread.detachNewThread { [self] in
            while !stopped.withLock({ $0 }) {
                if let pid = pid() {
                    let sample = Sample(at: .now, waits: Self.waits(of: pid))
                    samples.withLock { samples in
                        samples.append(sample)
                        if samples.count > 1_200 { samples.removeFirst(samples.count - 1_200) }
                    }
                }
                usleep(50_000)
            }
        }
    }

    func stop() { stopped.withLock { $0 = true } }

    /// The longest any one hubd thread spent runnable but not running between `start` and `end`;
    /// nil when the samples do not reach back that far.
    func longestRunQueueWait(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Duration? {
        samples.withLock { samples in
            guard let first = samples.last(where: { $0.at <= start }), let last = samples.first(where: { $0.at >= end }) ?? samples.last else {
                return nil
            }
            let longest = last.waits.map { thread, wait in wait &- (first.waits[thread] ?? wait) }.max() ?? 0
            return .nanoseconds(Int64(min(longest, UInt64(Int64.max))))
        }
    }

    private static func waits(of pid: Int32) -> [Int: UInt64] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        var waits: [Int: UInt64] = [:]
        for task in tasks {
            guard let id = Int(task), let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8) else { continue }
            let fields = text.split(separator: " ")
            if fields.count >= 2, let wait = UInt64(fields[1]) { waits[id] = wait }
        }
        return waits
    }
}
