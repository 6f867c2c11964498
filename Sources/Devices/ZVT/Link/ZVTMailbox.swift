import Synchronization

/// A bounded queue whose consumers wait with a timeout, shared by the links (inbound APDUs,
/// bare ACK/NAK) and by the terminal adapter (routing APDUs to the running operation).
///
/// Waiting happens on continuations, never on a blocked thread, and closing wakes every
/// waiter at once, so a hangup ends a pending `receive` immediately instead of after its
/// timeout. Once closed, queued elements are dropped: nothing can be answered any more.
final class ZVTMailbox<Element: Sendable>: Sendable {
    typealias Outcome = Result<Element, ZVTLinkError>

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Outcome, Never>
        var timer: Task<Void, Never>?
    }

    private struct State {
        var queue: [Element] = []
        var waiters: [Waiter] = []
        var closedBy: ZVTLinkError?
        var nextID: UInt64 = 0
    }

    let limit: Int
    let name: String
    private let state = Mutex(State())

    init(limit: Int, name: String) {
        self.limit = max(1, limit)
        self.name = name
    }

    /// Whether `push` would accept an element now; meaningful when one task is the only producer.
    var hasRoom: Bool {
        state.withLock { $0.closedBy == nil && (!$0.waiters.isEmpty || $0.queue.count < limit) }
    }

    var isClosed: Bool {
        state.withLock { $0.closedBy != nil }
    }

    /// False when the mailbox is full or closed; the element is then dropped.
    @discardableResult
    func push(_ element: Element) -> Bool {
        let (accepted, waiter): (Bool, Waiter?) = state.withLock { state in
            guard state.closedBy == nil else { return (false, nil) }
            if !state.waiters.isEmpty {
                return (true, state.waiters.removeFirst())
            }
            guard state.queue.count < limit else { return (false, nil) }
            state.queue.append(element)
            return (true, nil)
        }
        if let waiter {
            waiter.timer?.cancel()
            waiter.continuation.resume(returning: .success(element))
        }
        return accepted
    }

    /// The oldest element, or `.timeout` after `timeout`, or the closing error. Cancelling the
    /// waiting task ends the wait with `.closed`.
    func receive(timeout: Duration) async -> Outcome {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                wait(id: id, timeout: timeout, continuation: continuation)
            }
        } onCancel: {
            fail(id: id, with: ZVTLinkError(.closed, "waiting for \(name) was cancelled"))
        }
    }

    /// Drops queued elements, e.g. a stale ACK before a frame is sent.
    func removeAll() {
        state.withLock { $0.queue.removeAll() }
    }

    /// Wakes every waiter with `error`; later calls get it at once. The first error is kept.
    func close(_ error: ZVTLinkError) {
        let waiters: [Waiter] = state.withLock { state in
            if state.closedBy == nil {
                state.closedBy = error
            }
            state.queue.removeAll()
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        let reason = state.withLock { $0.closedBy } ?? error
        for waiter in waiters {
            waiter.timer?.cancel()
            waiter.continuation.resume(returning: .failure(reason))
        }
    }

    private func wait(id: UInt64, timeout: Duration, continuation: CheckedContinuation<Outcome, Never>) {
        let immediate: Outcome? = state.withLock { state in
            if !state.queue.isEmpty {
                return .success(state.queue.removeFirst())
            }
            if let closedBy = state.closedBy {
                return .failure(closedBy)
            }
            if Task.isCancelled {
                return .failure(ZVTLinkError(.closed, "waiting for \(name) was cancelled"))
            }
            state.waiters.append(Waiter(id: id, continuation: continuation))
            return nil
        }
        if let immediate {
            continuation.resume(returning: immediate)
            return
        }
        let timer = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            guard !Task.isCancelled, let self else { return }
            fail(id: id, with: ZVTLinkError(.timeout, "nothing from \(name) within \(timeout)"))
        }
        let stillWaiting = state.withLock { state in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return false }
            state.waiters[index].timer = timer
            return true
        }
        if !stillWaiting {
            timer.cancel()
        }
    }

    private func fail(id: UInt64, with error: ZVTLinkError) {
        let waiter: Waiter? = state.withLock { state in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiters.remove(at: index)
        }
        waiter?.timer?.cancel()
        waiter?.continuation.resume(returning: .failure(error))
    }
}
