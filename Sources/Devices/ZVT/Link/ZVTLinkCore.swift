import Logging
import Synchronization

/// What the serial and the TCP link share: the inbound queue, the writing side, the task that
/// drains the reader thread, and the first reason the link failed.
///
/// Every failure path (hangup, EOF, write error, T2 exhausted, `close`) goes through
/// `shutDown`, so waiting and later calls all see `.closed` with the reason that came first.
final class ZVTLinkCore: Sendable {
    let name: String
    let logger: Logger
    let output: ZVTOutput
    let inbox: ZVTMailbox<ZVTAPDU>
    private let pump = Mutex<Task<Void, Never>?>(nil)
    private let failure = Mutex<ZVTLinkError?>(nil)

    /// Inbound APDUs beyond this many unread mean the session above is stuck, not busy.
    static let inboxLimit = 64

    init(name: String, output: ZVTOutput, logger: Logger) {
        self.name = name
        self.output = output
        self.logger = logger
        inbox = ZVTMailbox(limit: Self.inboxLimit, name: name)
    }

    func attach(_ task: Task<Void, Never>) {
        let alreadyClosed = failure.withLock { $0 != nil }
        pump.withLock { $0 = task }
        if alreadyClosed {
            task.cancel()
        }
    }

    func checkOpen() throws(ZVTLinkError) {
        if let error = failure.withLock({ $0 }) {
            throw error
        }
    }

    func write(_ bytes: [UInt8]) throws(ZVTLinkError) {
        try checkOpen()
        do {
            try output.write(bytes)
        } catch {
            shutDown(error.message)
            throw error
        }
    }

    func receive(timeout: Duration) async throws(ZVTLinkError) -> ZVTAPDU {
        try await inbox.receive(timeout: timeout).get()
    }

    /// Idempotent; the first reason is the one every caller sees.
    func shutDown(_ reason: String) {
        let error = ZVTLinkError(.closed, "the link to \(name) is closed: \(reason)")
        let first = failure.withLock { failure in
            guard failure == nil else { return false }
            failure = error
            return true
        }
        guard first else { return }
        logger.notice("ZVT link closed", metadata: ["device": "\(name)", "reason": "\(reason)"])
        inbox.close(error)
        output.close()
        pump.withLock { $0 }?.cancel()
    }
}
