/// A protocol-neutral step of a running payment, for the kiosk screen.
public enum TerminalProgress: Sendable, Equatable, Hashable {
    case insertCard
    case enterPIN
    case waitingForHost
    case removeCard
    case pleaseWait
    /// A step this hub has no words for; the terminal's own code, for the log.
    case other(Int)
}
