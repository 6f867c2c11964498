import Devices
import Foundation
import Inventory
import Logging
import ServiceLifecycle
import Workflows

/// Runs payment recovery: once at start-up, before the kiosk can start a new payment, and
/// again every `retry` while a payment's outcome is still unknown (the terminal may be
/// switched off, or its cable out). Between payments it keeps the terminal connected, so a
/// terminal that was off is found again without a restart. While nothing is unknown and the
/// terminal answered, it waits for the desk's next problem instead of looking every `retry`:
/// an idle hub then has no timer of its own (issue 16).
struct PaymentService: ServiceLifecycle.Service {
    let desk: PaymentDesk
    let store: PaymentStore
    let logger: Logger
    /// The terminal link's reading loop, when this task opens it, enrols here for the watchdog;
    /// a link reopened by a payment request itself is not asked.
    var pings = LoopPings()
    var retry: Duration = .seconds(10)

    /// Cancelled at graceful shutdown: the wait between checks would otherwise hold SIGTERM up
    /// for up to `retry`. A payment in flight is not this task's: the desk finishes it.
    func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await pings.enrolling(as: desk.terminalName) { try await keepTerminal() }
        }
    }

    private func keepTerminal() async throws {
        let unknown = try await store.sweepAfterRestart()
        if !unknown.isEmpty {
            logger.warning("payments with an unknown outcome after a restart — recovering from the terminal", metadata: ["count": "\(unknown.count)"])
        }
        await desk.recover()
        await desk.connect()
        var problems = desk.problems.makeAsyncIterator()
        while !Task.isCancelledOrShuttingDown {
            if try await store.unresolved().isEmpty, await desk.isHealthy {
                guard await problems.next() != nil else { return }
            }
            do {
                try await Task.sleep(for: retry)
            } catch {
                return
            }
            if try await !store.unresolved().isEmpty {
                await desk.recover()
            } else if await !desk.isHealthy {
                await desk.connect()
            }
        }
    }
}

private extension Task where Success == Never, Failure == Never {
    static var isCancelledOrShuttingDown: Bool {
        isCancelled || isShuttingDownGracefully
    }
}
