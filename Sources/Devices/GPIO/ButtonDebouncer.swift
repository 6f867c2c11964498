/// Turns the raw edges of one button line into presses.
///
/// A mechanical contact bounces for a few milliseconds, producing a burst of edges for one
/// press. Any edge within `window` of the last accepted edge is ignored, whichever direction,
/// so the bounces of both the press and the release are swallowed; an accepted edge in the
/// press direction is one press. Pure, so bouncy recorded bursts test it without hardware.
public struct ButtonDebouncer: Sendable, Equatable {
    public let window: Duration
    public let polarity: ButtonPolarity
    private var lastAccepted: Duration?

    public init(window: Duration = .milliseconds(30), polarity: ButtonPolarity = .activeLow) {
        self.window = window
        self.polarity = polarity
    }

    /// Returns whether this edge is a new press.
    public mutating func feed(_ edge: GPIOEdge) -> Bool {
        if let lastAccepted, edge.time >= lastAccepted, edge.time - lastAccepted < window {
            return false
        }
        lastAccepted = edge.time
        return edge.kind == polarity.pressEdge
    }
}
