import Foundation
import Synchronization

/// Ends the process if the bench stops making progress (a scan that never commits would
/// otherwise hang it forever, e.g. when the scanner never opens the pty).
final class Watchdog: Sendable {
    private let lastProgress = Mutex(ContinuousClock.now)
    private let step = Mutex("starting")
    let limit: Duration

    init(limit: Duration) {
        self.limit = limit
    }

    func kick(_ what: String? = nil) {
        lastProgress.withLock { $0 = .now }
        if let what {
            step.withLock { $0 = what }
        }
    }

    /// Runs until cancelled; on a stall, reports the step that hung and exits with 70 (EX_SOFTWARE).
    func watch() -> Task<Void, Never> {
        Task.detached { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                let idle = ContinuousClock.now - lastProgress.withLock { $0 }
                if idle > limit, !Task.isCancelled {
                    let what = step.withLock { $0 }
                    FileHandle.standardError.write(Data("hub-bench: no progress for \(limit) while \(what) — giving up\n".utf8))
                    exit(70)
                }
            }
        }
    }
}
