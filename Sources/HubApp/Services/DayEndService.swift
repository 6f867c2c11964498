import Foundation
import Inventory
import Logging
import ServiceLifecycle

/// Closes rides still open at the end of the day and puts them in the review queue, at start-up
/// (for days the hub was off) and then at each day end.
struct DayEndService: ServiceLifecycle.Service {
    let uses: ServiceUseStore
    let calendar: HubCalendar
    let logger: Logger

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await closeDueRides()
                let next = uses.nextDayEnd(after: calendar.now())
                // At most a quarter of an hour at a time: a Pi without a clock battery may set
                // its time long after boot, and the day end must follow the corrected clock.
                let wait = min(Self.longestSleep, max(1, next.timeIntervalSince(calendar.now()) + 1))
                do {
                    try await Task.sleep(for: .seconds(wait))
                } catch {
                    return
                }
            }
        }
    }

    static let longestSleep = 15.0 * 60

    func closeDueRides() async {
        do {
            let closed = try await uses.closeRidesPastDayEnd()
            for use in closed {
                logger.notice("ride still open at day end: closed and queued for review", metadata: [
                    "use": "\(use.id ?? 0)", "resident": "\(use.residentId)", "started": "\(calendar.dayAndTime(use.startedAt))",
                ])
            }
        } catch {
            logger.error("closing the day's open rides failed; will retry at the next day end or restart", metadata: ["error": "\(error)"])
        }
    }
}
