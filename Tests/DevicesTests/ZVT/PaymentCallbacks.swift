import Devices
import Synchronization

/// Records what `authorize` reports through its events; the journal can be made slow (to show
/// the acknowledgement waits for it) or failing.
final class PaymentCallbacks: Sendable {
    struct JournalFailure: Error {}

    private struct Recorded {
        var journal: [TerminalResult] = []
        var receipts: [[String]] = []
        var progress: [TerminalProgress] = []
    }

    let log: EventLog
    private let failJournal: Bool
    private let recorded = Mutex(Recorded())

    init(log: EventLog, failJournal: Bool = false) {
        self.log = log
        self.failJournal = failJournal
    }

    var journal: [TerminalResult] { recorded.withLock { $0.journal } }
    var receipts: [[String]] { recorded.withLock { $0.receipts } }
    var progress: [TerminalProgress] { recorded.withLock { $0.progress } }

    var events: PaymentTerminalEvents {
        PaymentTerminalEvents(
            progress: { step in self.recorded.withLock { $0.progress.append(step) } },
            journal: { result in try await self.store(result) },
            receipt: { lines in self.recorded.withLock { $0.receipts.append(lines) } }
        )
    }

    private func store(_ result: TerminalResult) async throws {
        log.append("journal start")
        try await Task.sleep(for: .milliseconds(50))
        if failJournal {
            log.append("journal failed")
            throw JournalFailure()
        }
        recorded.withLock { $0.journal.append(result) }
        log.append("journal end")
    }
}
