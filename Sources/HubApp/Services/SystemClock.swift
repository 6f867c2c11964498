import CHubShims
import Foundation
import Inventory
import Synchronization

/// The clock hubd stamps outbox events with: the hub's calendar (which `BUURHUB_FAKE_NOW` may
/// shift, and then it is never called synced) and the kernel's word on whether NTP disciplines
/// the system clock, asked at most once a minute, since it changes when NTP syncs or loses its
/// servers, not per event.
enum SystemClock {
    static func outboxClock(calendar: HubCalendar, overridden: Bool) -> OutboxClock {
        guard !overridden else { return OutboxClock(now: calendar.now, isSynced: { false }) }
        let verdict = KernelSyncVerdict()
        return OutboxClock(now: calendar.now, isSynced: { verdict.isSynced() })
    }
}

private final class KernelSyncVerdict: Sendable {
    private let cached = Mutex<(answer: Bool, askedAt: ContinuousClock.Instant)?>(nil)

    func isSynced() -> Bool {
        let now = ContinuousClock.now
        return cached.withLock { cached in
            if let cached, now - cached.askedAt < .seconds(60) { return cached.answer }
            let answer = hub_clock_is_synced() == 1
            cached = (answer, now)
            return answer
        }
    }
}
