import Synchronization

/// Lets one serial frame be in flight at a time, in call order: ZVT's ACK/NAK carries no
/// sequence number, so a second frame sent before the first was acknowledged would take its ACK.
/// Holders are bounded by T2 × (repeats + 1), so waiters need no timeout of their own.
final class ZVTSendGate: Sendable {
    private struct State {
        var busy = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = state.withLock { state in
                guard state.busy else {
                    state.busy = true
                    return true
                }
                state.waiters.append(continuation)
                return false
            }
            if granted {
                continuation.resume()
            }
        }
    }

    /// Hands the turn straight to the next waiter, so no later caller can overtake it.
    func release() {
        let next: CheckedContinuation<Void, Never>? = state.withLock { state in
            guard !state.waiters.isEmpty else {
                state.busy = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
