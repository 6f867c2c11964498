import Synchronization

/// Lets a driver wait until its reader thread has finished, so cleanup that thread owns (giving
/// a claimed USB interface back to the kernel) is done before the driver returns and hubd
/// exits; a process that exits with the claim only drops it, leaving the scanner driverless.
final class ThreadExit: Sendable {
    private struct State {
        var exited = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func signal() {
        let waiters = state.withLock { state in
            state.exited = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters {
            waiter.resume()
        }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            let exited = state.withLock { state in
                if !state.exited {
                    state.waiters.append(continuation)
                }
                return state.exited
            }
            if exited {
                continuation.resume()
            }
        }
    }
}
