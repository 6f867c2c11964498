import Synchronization

/// Lets code outside the device loops ask whether each loop still turns, without making any
/// loop wake on a timer: an idle reader sleeps in `poll` until input comes, so a ping wakes it
/// through the channel it already waits on, and it answers on its own thread when it next gets
/// control. A loop stuck in a call never answers, and whoever asked sees that.
///
/// Loops enrol while the supervisor runs their driver (see `scope`). A device with no loop
/// running (unplugged, waiting for its node) has nothing to ask and answers at once: absent
/// is not stuck.
public final class LoopPings: Sendable {
    /// Which registry and device a loop started in this task belongs to. Drivers are built by
    /// factories that know nothing of pings; the supervisor sets this around each driver's
    /// `run`, and every loop started inside enrols under that device.
    @TaskLocal static var scope: LoopScope?

    private let slots = Mutex<[String: [ObjectIdentifier: PingSlot]]>([:])

    public init() {}

    /// Returns once every loop running for `device` now has answered.
    public func ping(_ device: String) async {
        let asked = slots.withLock { Array($0[device, default: [:]].values) }
        for slot in asked {
            await slot.ask()
        }
    }

    /// Runs `body` (a driver's `run`) so that every loop it starts enrols under `device`.
    public func enrolling<T: Sendable>(as device: String, _ body: () async throws -> T) async rethrows -> T {
        try await Self.$scope.withValue(LoopScope(pings: self, device: device)) { try await body() }
    }

    /// How many loops run per device now.
    public func running() -> [String: Int] {
        slots.withLock { $0.mapValues(\.count).filter { $0.value > 0 } }
    }

    /// Enrols the calling loop under the device the supervisor is running, if any; `wake`
    /// must make the loop's thread come round promptly (and may do nothing for a loop that
    /// wakes often anyway).
    static func enrol(wake: @escaping @Sendable () -> Void) -> PingSlot? {
        guard let scope else { return nil }
        let slot = PingSlot(device: scope.device, registry: scope.pings, wake: wake)
        scope.pings.slots.withLock { $0[scope.device, default: [:]][ObjectIdentifier(slot)] = slot }
        return slot
    }

    fileprivate func remove(_ slot: PingSlot) {
        slots.withLock { slots in
            slots[slot.device]?[ObjectIdentifier(slot)] = nil
            if slots[slot.device]?.isEmpty == true { slots[slot.device] = nil }
        }
    }
}

struct LoopScope: Sendable {
    let pings: LoopPings
    let device: String
}

/// One loop's end of a ping: `ask` from anywhere, `answer` and `retire` on the loop's thread.
final class PingSlot: Sendable {
    private struct State {
        var waiting: [CheckedContinuation<Void, Never>] = []
        var retired = false
    }

    let device: String
    private let registry: LoopPings
    private let wake: @Sendable () -> Void
    private let state = Mutex(State())

    fileprivate init(device: String, registry: LoopPings, wake: @escaping @Sendable () -> Void) {
        self.device = device
        self.registry = registry
        self.wake = wake
    }

    /// Wakes the loop once however many ask before it answers, so a stuck loop's wake channel
    /// never fills up.
    func ask() async {
        await withCheckedContinuation { continuation in
            let first: Bool? = state.withLock { state in
                guard !state.retired else { return nil }
                state.waiting.append(continuation)
                return state.waiting.count == 1
            }
            switch first {
            case nil: continuation.resume()
            case true?: wake()
            case false?: break
            }
        }
    }

    /// Called by the loop whenever it has control; costs one uncontended lock when nobody asked.
    func answer() {
        let waiting = state.withLock { state in
            defer { state.waiting.removeAll() }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }

    /// The loop ended: whoever waits is answered (a device that went away is not stuck) and
    /// later pings no longer ask it.
    func retire() {
        registry.remove(self)
        let waiting = state.withLock { state in
            state.retired = true
            defer { state.waiting.removeAll() }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }
}
