/// Turns raw chunks from a device into decoded outputs on the reading thread, so only bounded,
/// already-framed results cross into async code.
///
/// Some decoders also act on silence (a keyboard scanner without suffix ends its code by
/// pausing): they name a `deadline`, and the reading thread wakes then to `flush`.
public protocol ByteStreamDecoder: Sendable {
    associatedtype Output: Sendable
    mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [Output]
    /// When `flush(at:)` has something to end or drop; nil while idle.
    var deadline: ContinuousClock.Instant? { get }
    mutating func flush(at now: ContinuousClock.Instant) -> [Output]
}

extension ByteStreamDecoder {
    public var deadline: ContinuousClock.Instant? { nil }

    public mutating func flush(at now: ContinuousClock.Instant) -> [Output] { [] }
}
