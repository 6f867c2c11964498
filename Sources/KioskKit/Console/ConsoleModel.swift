import HubAPI

/// The console's whole state and its rules, as a pure reducer: inputs in, effects out.
///
/// The console holds nothing but hubd's current screen and what the resident typed into it,
/// and both go the moment the screen times out or hubd is lost, so the next person at the
/// kiosk never sees the last one's data.
public struct ConsoleModel: Sendable {
    public internal(set) var screen: ConsoleScreen?
    public internal(set) var view = ConsoleViewState()
    /// Bumped every time the shown screen changes; requests and timers carry it.
    public internal(set) var generation = 0
    /// A key is on its way to hubd; further keys wait (a trembling double press must not
    /// answer the next question too).
    public internal(set) var awaitingAnswer = false
    private var idleToken = 0
    private var hintToken = 0

    /// Seconds a hint stays on screen.
    public static let hintSeconds = 6

    public init() {}

    public mutating func handle(_ input: ConsoleInput) -> [ConsoleEffect] {
        switch input {
        case .key(let key): return press(key)
        case .connected: return connected()
        case .disconnected: return disconnected()
        case .pushed(let screen): return show(screen)
        case .answered(let screen, let sent): return answered(screen, sent: sent)
        case .refused(let message, let sent): return failed(.refused(message), sent: sent)
        case .unreachable(let sent): return failed(.unreachable, sent: sent)
        case .idleTimeout(let token): return token == idleToken ? timedOut() : []
        case .hintExpired(let token): return token == hintToken && view.hint != nil ? clearHint() : []
        case .resized: return [.redraw(full: true)]
        case .terminate: return [.quit]
        }
    }

    private mutating func connected() -> [ConsoleEffect] {
        view.connection = .connected
        return [.send(.fetchScreen, generation: generation), .redraw(full: false)]
    }

    /// hubd is gone: wipe to idle under the banner; nothing of the session stays in memory.
    private mutating func disconnected() -> [ConsoleEffect] {
        guard view.connection != .reconnecting else { return [] }
        wipe()
        view.connection = .reconnecting
        awaitingAnswer = false
        return [.cancelIdleTimer, .redraw(full: false)]
    }

    private mutating func answered(_ screen: ConsoleScreen?, sent: Int) -> [ConsoleEffect] {
        awaitingAnswer = false
        guard sent == generation else { return [] }
        guard let screen else {
            guard self.screen != nil else { return [] }
            wipe()
            return [.cancelIdleTimer, .redraw(full: false)]
        }
        return show(screen)
    }

    private mutating func failed(_ hint: ConsoleHint, sent: Int) -> [ConsoleEffect] {
        awaitingAnswer = false
        guard sent == generation else { return [] }
        return showHint(hint)
    }

    /// Replaces the screen; typed digits and hints belonged to the old one.
    mutating func show(_ screen: ConsoleScreen) -> [ConsoleEffect] {
        guard screen != self.screen else { return [] }
        self.screen = screen
        view.typed = ""
        view.hint = nil
        generation += 1
        return [armIdleTimer(), .redraw(full: false)]
    }

    /// The resident walked away: back to idle locally at once, then tell hubd.
    private mutating func timedOut() -> [ConsoleEffect] {
        guard let screen, screen.kind != .idle else { return [] }
        let session = screen.session
        wipe()
        return [.cancelIdleTimer, .send(.reset(session: session), generation: generation), .redraw(full: false)]
    }

    /// Drops the screen and everything typed into it; a pending idle timer no longer counts.
    private mutating func wipe() {
        idleToken += 1
        screen = nil
        view.typed = ""
        view.hint = nil
        generation += 1
    }

    mutating func showHint(_ hint: ConsoleHint) -> [ConsoleEffect] {
        view.hint = hint
        hintToken += 1
        return [.armHintTimer(seconds: Self.hintSeconds, token: hintToken), .redraw(full: false)]
    }

    private mutating func clearHint() -> [ConsoleEffect] {
        view.hint = nil
        return [.redraw(full: false)]
    }

    /// A fresh idle timer for the current screen, or none on an idle screen.
    mutating func armIdleTimer() -> ConsoleEffect {
        idleToken += 1
        guard let screen, screen.kind != .idle, screen.timeoutSeconds > 0 else { return .cancelIdleTimer }
        return .armIdleTimer(seconds: screen.timeoutSeconds, token: idleToken)
    }
}
