/// One edge on an input line, as the kernel timestamped it.
///
/// The time is the kernel's event timestamp (a monotonic offset, not wall time), so debouncing
/// does not depend on how late the reading thread got to the event.
public struct GPIOEdge: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case rising
        case falling
    }

    public var kind: Kind
    public var time: Duration

    public init(_ kind: Kind, at time: Duration) {
        self.kind = kind
        self.time = time
    }
}
