/// A decoder whose outputs also depend on silence: a scanner without suffix ends its code by
/// pausing, so the reading thread must wake at `deadline` even when no byte arrives.
public protocol TimedByteStreamDecoder: Sendable {
    associatedtype Output: Sendable
    mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [Output]
    /// When `flush(at:)` has something to end or drop; nil while idle.
    var deadline: ContinuousClock.Instant? { get }
    mutating func flush(at now: ContinuousClock.Instant) -> [Output]
}
