import Foundation

/// The hub's clock as the outbox stamps it, and whether that clock is known to be right. A Pi
/// has no real-time clock: until NTP has synced, its time may be days off, and central must
/// know which event times to trust (issue 17). hubd passes the system clock with the kernel's
/// verdict (`SystemClock` in HubApp); without one, times are stamped as not synced.
public struct OutboxClock: Sendable {
    public var now: @Sendable () -> Date
    public var isSynced: @Sendable () -> Bool

    public init(now: @escaping @Sendable () -> Date, isSynced: @escaping @Sendable () -> Bool) {
        self.now = now
        self.isSynced = isSynced
    }

    /// The system's time, with nobody to vouch for it: benchmarks, tests, tools.
    public static var unvouched: OutboxClock {
        OutboxClock(now: { Date() }, isSynced: { false })
    }
}
