/// What `kiosk status` shows for a ZVT terminal.
public enum ZVTTerminalState: Sendable, Equatable, Hashable {
    /// No link; the next operation connects.
    case disconnected
    /// Linked and idle.
    case ready
    /// An operation (payment, recovery, day close) is running.
    case busy
    /// The last connect or operation lost the terminal; the text says why, for staff.
    case failed(String)
}
