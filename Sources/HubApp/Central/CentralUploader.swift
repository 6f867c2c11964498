import Central
import Foundation
import Inventory
import Logging
import ServiceLifecycle

/// Sends the outbox to central while there is something to send (issue 17). It looks at the
/// outbox every `poll` (a local read, no connection), and says hello once in `helloEvery` even
/// without a backlog, so a central restored from an older dump hears what it lost. Failures back
/// off with jitter, up to five minutes; a hash mismatch or a gap stops it until hubd restarts,
/// because sending on would hide a forked or damaged history.
struct CentralUploader: ServiceLifecycle.Service {
    let sync: CentralSync
    let poll: Duration
    let helloEvery: TimeInterval = 6 * 3600
    let logger: Logger

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            var failures = 0
            var lastHello = Date.distantPast
            while !Task.isCancelled {
                let wait: Duration
                let sentBefore = await sync.state.lastUploadAt
                do {
                    let force = Date().timeIntervalSince(lastHello) > helloEvery
                    let sent = try await sync.round(force: force)
                    if sent > 0 || force { lastHello = Date() }
                    failures = 0
                    wait = poll
                } catch {
                    let problem = CentralError(error)
                    // A round cut off after some batches went through found central there:
                    // back off from the start, not from where the last outage left off.
                    if await sync.state.lastUploadAt != sentBefore { failures = 0 }
                    guard let pause = Self.pause(after: problem, failures: &failures) else {
                        await sync.state.failed(problem, at: sync.calendar.now(), retryAt: nil)
                        logger.error("central sync stopped — see kiosk status; restart hubd after the cause is settled", metadata: ["error": "\(problem.message)"])
                        return
                    }
                    await sync.state.failed(problem, at: sync.calendar.now(), retryAt: sync.calendar.now().addingTimeInterval(pause.seconds))
                    logger.warning("central sync failed — trying again", metadata: ["error": "\(problem.message)", "in_seconds": "\(Int(pause.seconds))"])
                    wait = pause
                }
                guard (try? await Task.sleep(for: wait)) != nil else { return }
            }
        }
    }

    /// Nil to stop: the history disagrees with central's, or the settings cannot work.
    static func pause(after problem: CentralError, failures: inout Int) -> Duration? {
        switch problem.code {
        case .hashMismatch, .gap, .badSettings:
            return nil
        case .versionTooOld:
            return .seconds(3600)
        case .unreachable, .refused, .server:
            failures += 1
            let base = min(300.0, pow(2.0, Double(min(failures, 9))))
            return .milliseconds(Int(base * Double.random(in: 0.8...1.2) * 1000))
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
