/// What the console itself adds to hubd's screen: typed digits, a hint, the connection.
///
/// Kept apart from `ConsoleScreen` so the renderer stays a pure function of both, and so
/// wiping a resident's session is one assignment.
public struct ConsoleViewState: Sendable, Equatable {
    public enum Connection: Sendable, Equatable {
        /// Just started: nothing to warn about yet.
        case connecting
        case connected
        /// hubd went away; the banner shows until it is back.
        case reconnecting
    }

    /// Digits typed on a PIN or number screen; never more than `maxTyped`.
    public var typed: String
    public var hint: ConsoleHint?
    public var connection: Connection

    public static let maxTyped = 8

    public init(typed: String = "", hint: ConsoleHint? = nil, connection: Connection = .connecting) {
        self.typed = typed
        self.hint = hint
        self.connection = connection
    }
}
