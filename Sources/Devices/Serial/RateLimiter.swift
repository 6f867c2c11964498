/// Token bucket per device, so a scanner stuck in continuous mode cannot flood the workflows.
///
/// Time is passed in rather than read, so tests drive it without sleeping. A burst of excess
/// inputs produces one `.firstRejected` and then `.rejected`; the burst only ends once the
/// device has been quiet long enough to refill the bucket, so a sustained flood just above the
/// limit does not produce one rejection per admitted code.
public struct RateLimiter: Sendable {
    public enum Decision: Sendable, Equatable {
        case admitted
        /// The first input dropped in a burst: report this one.
        case firstRejected
        /// Further inputs dropped in the same burst: stay quiet.
        case rejected
    }

    public let maxPerSecond: Int
    public let burst: Int
    private var tokens: Double
    private var lastRefill: ContinuousClock.Instant?
    private var inBurst = false

    /// Limits below 1 are raised to 1, because a limit of zero would silence a device entirely.
    /// `burst` is the bucket's size: how many codes may come at once after a quiet spell.
    public init(maxPerSecond: Int, burst: Int? = nil) {
        self.maxPerSecond = max(1, maxPerSecond)
        self.burst = max(1, burst ?? maxPerSecond)
        self.tokens = Double(self.burst)
    }

    public mutating func decide(at now: ContinuousClock.Instant) -> Decision {
        refill(at: now)
        if tokens >= 1 {
            tokens -= 1
            return .admitted
        }
        if inBurst {
            return .rejected
        }
        inBurst = true
        return .firstRejected
    }

    public static func rejection(limit: Int) -> InputRejection {
        InputRejection(
            .rateLimited,
            "more than \(limit) codes per second — further codes dropped; switch the scanner from continuous/auto-scan to trigger mode"
        )
    }

    private mutating func refill(at now: ContinuousClock.Instant) {
        let capacity = Double(burst)
        if let last = lastRefill, now > last {
            let elapsed = (now - last) / .seconds(1)
            tokens = min(capacity, tokens + elapsed * Double(maxPerSecond))
        }
        if lastRefill.map({ now > $0 }) ?? true {
            lastRefill = now
        }
        if inBurst, tokens >= capacity {
            inBurst = false
        }
    }
}
