import Foundation
import Inventory
import Logging
import ServiceLifecycle

/// The nightly purge at `[retention] at`, and the scrub of backups that waited for the stick.
/// A failure is logged and tried again the next night.
struct RetentionService: ServiceLifecycle.Service {
    let privacy: PrivacyStore
    let calendar: HubCalendar
    let logger: Logger

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            var next = privacy.nextPurge(after: calendar.now())
            while !Task.isCancelled {
                if calendar.now() >= next {
                    await purge()
                    next = privacy.nextPurge(after: calendar.now())
                }
                // At most a quarter of an hour at a time: the clock of a Pi without a battery
                // may be set long after boot.
                let wait = min(DayEndService.longestSleep, max(1, next.timeIntervalSince(calendar.now()) + 1))
                guard (try? await Task.sleep(for: .seconds(wait))) != nil else { return }
            }
        }
    }

    private func purge() async {
        do {
            Self.log(try await privacy.purge(), logger: logger)
        } catch {
            logger.error("retention purge failed — it is tried again tomorrow", metadata: ["error": "\(error)"])
        }
    }

    /// Counts only: which residents were erased is in the audit log, not the journal.
    static func log(_ report: PurgeReport, logger: Logger) {
        logger.notice("retention purge done", metadata: [
            "manifest_lines": "\(report.manifestLines)", "parcels_unlinked": "\(report.parcels)",
            "loans_unlinked": "\(report.loans)", "movements_unlinked": "\(report.movements)",
            "payment_details": "\(report.paymentDetails)", "residents_erased": "\(report.residentsErased)",
            "backups_scrubbed": "\(report.backupsScrubbed)", "backups_pending": "\(report.backupsPending)",
        ])
    }
}
