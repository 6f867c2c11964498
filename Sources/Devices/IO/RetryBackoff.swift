/// Doubling delay between reopen attempts, so an unplugged or crashing device costs little
/// while it is gone but comes back quickly after a short glitch.
public struct RetryBackoff: Sendable, Equatable {
    public var initial: Duration
    public var maximum: Duration
    private var current: Duration?

    public init(initial: Duration = .milliseconds(250), maximum: Duration = .seconds(5)) {
        self.initial = initial
        self.maximum = maximum
    }

    /// The delay to wait now; each call doubles the next one up to `maximum`.
    public mutating func next() -> Duration {
        let delay = current.map { min($0 * 2, maximum) } ?? min(initial, maximum)
        current = delay
        return delay
    }

    public mutating func reset() {
        current = nil
    }
}
