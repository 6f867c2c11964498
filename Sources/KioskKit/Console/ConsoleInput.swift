import HubAPI

/// Everything that can happen to the console, fed one at a time into `ConsoleModel`.
///
/// Answers carry the `generation` their request was sent in, so an answer that arrives after
/// the screen has moved on (a push from hubd, a timeout) is recognised as stale and dropped.
public enum ConsoleInput: Sendable, Equatable {
    case key(ConsoleKey)
    /// hubd accepted the event stream.
    case connected
    /// The event stream ended or failed: hubd is gone.
    case disconnected
    /// hubd pushed a new screen on the event stream.
    case pushed(ConsoleScreen)
    /// The answer to a request; nil means hubd serves no console screen, so idle is shown locally.
    case answered(ConsoleScreen?, generation: Int)
    /// hubd refused the request and said why.
    case refused(String, generation: Int)
    /// hubd did not answer the request.
    case unreachable(generation: Int)
    case idleTimeout(token: Int)
    case hintExpired(token: Int)
    case resized
    /// SIGTERM, SIGINT or SIGHUP.
    case terminate
}

/// What the console should do after an input; `ConsoleController` carries it out.
public enum ConsoleEffect: Sendable, Equatable {
    case send(ConsoleRequest, generation: Int)
    case armIdleTimer(seconds: Int, token: Int)
    case cancelIdleTimer
    case armHintTimer(seconds: Int, token: Int)
    /// Draw the current state; `full` repaints every row.
    case redraw(full: Bool)
    case quit
}

/// A call to hubd the console makes, sent one at a time in order.
public enum ConsoleRequest: Sendable, Equatable {
    case fetchScreen
    case key(String, session: String?)
    case entry(String, session: String?)
    case reset(session: String?)
}
