import Foundation
import Synchronization

/// What the soak's feeder threads sent and hubd acknowledged. Feeders take numbered codes and
/// keep at most `window` of them unacknowledged per device, as a concierge waits for the beep;
/// the monitor loop marks acknowledgements and measures the longest wait for one.
final class SoakLedger: Sendable {
    private struct State {
        var next = 0
        var inFlight: [String: Set<Int>] = [:]
        var acknowledged = Set<Int>()
        var acknowledgedTwice = 0
        var unacknowledged = Set<Int>()
        var paused = true
        var lastProgress = ContinuousClock.now
        var longestGap = Duration.zero
        var longGaps: [LongGap] = []
    }

    /// A wait over 2 s for an acknowledgement, and where it ended: to tell a slow start from a
    /// stall mid-stream, and to hold it against the disk probe.
    struct LongGap: Sendable {
        var start: ContinuousClock.Instant
        var end: ContinuousClock.Instant
        var acknowledgement: Int
        var device: String
        var note = ""
        var length: Duration { end - start }
    }

    let total: Int
    let window: Int
    private let state = Mutex(State())

    init(total: Int, window: Int) {
        self.total = total
        self.window = window
    }

    static func barcode(_ number: Int) -> String { String(format: "VG%08d", number) }

    /// The next code for `device`, or nil while paused, while its window is full, or when all are sent.
    func take(for device: String) -> Int? {
        state.withLock { state in
            guard !state.paused, state.next < total, state.inFlight[device, default: []].count < window else { return nil }
            if state.inFlight.values.allSatisfy(\.isEmpty) { state.lastProgress = .now }
            let number = state.next
            state.next += 1
            state.inFlight[device, default: []].insert(number)
            return number
        }
    }

    var allSent: Bool { state.withLock { $0.next >= total } }
    var sent: Int { state.withLock { $0.next } }

    func acknowledge(_ number: Int, device: String) {
        state.withLock { state in
            let now = ContinuousClock.now
            if now - state.lastProgress > .seconds(2), state.longGaps.count < 50 {
                state.longGaps.append(LongGap(start: state.lastProgress, end: now, acknowledgement: state.acknowledged.count + 1, device: device))
            }
            state.inFlight[device]?.remove(number)
            state.unacknowledged.remove(number)
            if !state.acknowledged.insert(number).inserted { state.acknowledgedTwice += 1 }
            state.lastProgress = .now
        }
    }

    /// The longest time without an acknowledgement while codes were waiting for one.
    func measureGap() {
        state.withLock { state in
            guard !state.paused, state.inFlight.values.contains(where: { !$0.isEmpty }) else { return }
            state.longestGap = max(state.longestGap, ContinuousClock.now - state.lastProgress)
        }
    }

    /// Adds what the monitor saw to the waits recorded since `first`.
    func annotateGaps(from first: Int, with note: String) {
        state.withLock { state in
            for index in state.longGaps.indices where index >= first {
                state.longGaps[index].note = note
            }
        }
    }

    func pause() { state.withLock { $0.paused = true } }

    /// After hubd stopped: what was in flight was never acknowledged by that hubd. It may have
    /// been stored without the log line, or never read; a later acknowledgement still counts.
    func abandonInFlight() {
        state.withLock { state in
            for codes in state.inFlight.values { state.unacknowledged.formUnion(codes) }
            state.inFlight = [:]
        }
    }

    func resume() {
        state.withLock { state in
            state.paused = false
            state.lastProgress = .now
        }
    }

    var pending: Int { state.withLock { $0.inFlight.values.reduce(0) { $0 + $1.count } } }
    var acknowledged: Set<Int> { state.withLock { $0.acknowledged } }
    var acknowledgedCount: Int { state.withLock { $0.acknowledged.count } }
    var acknowledgedTwice: Int { state.withLock { $0.acknowledgedTwice } }
    var unacknowledgedCount: Int { state.withLock { $0.unacknowledged.count } }
    var longestGap: Duration { state.withLock { $0.longestGap } }
    var longGaps: [LongGap] { state.withLock { $0.longGaps } }
}
