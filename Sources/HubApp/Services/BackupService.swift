import Foundation
import Inventory
import Logging
import ServiceLifecycle

/// The nightly backup at `[backup] at`. A failed one (the stick pulled, the disk full) is logged
/// as an error and tried again the next night; `kiosk status` shows the last one that worked.
struct BackupService: ServiceLifecycle.Service {
    let backups: HubBackups
    let calendar: HubCalendar
    let logger: Logger

    /// Without a directory it only waits: a service that returns early would end the group.
    func run() async throws {
        guard backups.policy.directory != nil else {
            try? await gracefulShutdown()
            return
        }
        try await cancelWhenGracefulShutdown {
            var next = backups.nextBackup(after: calendar.now(), calendar: calendar)
            while !Task.isCancelled {
                if calendar.now() >= next {
                    await backUp()
                    next = backups.nextBackup(after: calendar.now(), calendar: calendar)
                }
                // At most a quarter of an hour at a time, like the day end: the clock of a Pi
                // without a battery may be set long after boot.
                let wait = min(DayEndService.longestSleep, max(1, next.timeIntervalSince(calendar.now()) + 1))
                guard (try? await Task.sleep(for: .seconds(wait))) != nil else { return }
            }
        }
    }

    private func backUp() async {
        do {
            let record = try await backups.write(now: calendar.now())
            logger.notice("nightly backup written", metadata: ["file": "\(record.name)", "bytes": "\(record.bytes)"])
            // Erasures made while the stick was away reach the older backups now.
            let scrubbed = try await backups.scrubErasures(now: calendar.now())
            if scrubbed > 0 { logger.notice("erasures carried into the backups", metadata: ["files": "\(scrubbed)"]) }
        } catch {
            logger.error("nightly backup failed — kiosk status shows the last good one; it is tried again tomorrow", metadata: ["error": "\(error)"])
        }
    }
}
