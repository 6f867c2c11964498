import HubAPI

extension ConsoleModel {
    /// The screen keys act on: hubd's, or the local idle screen before hubd sent one.
    var shownScreen: ConsoleScreen { screen ?? ConsoleTexts.idleScreen }

    mutating func press(_ key: ConsoleKey) -> [ConsoleEffect] {
        if key == .interrupt { return [.quit] }
        // While reconnecting the banner already says to wait; and one key at a time to hubd.
        guard view.connection != .reconnecting, !awaitingAnswer else { return [] }
        let timer = armIdleTimer()
        let screen = shownScreen
        if screen.entry != .none, let effects = typeEntry(key, on: screen) {
            return [timer] + effects
        }
        guard let optionKey = key.optionKey, screen.offers(optionKey) else {
            return [timer] + showHint(.keyNotOffered)
        }
        return [timer] + send(.key(optionKey, session: screen.session))
    }

    /// Digits, Backspace and Enter on a PIN or number screen; nil for keys it leaves to options.
    private mutating func typeEntry(_ key: ConsoleKey, on screen: ConsoleScreen) -> [ConsoleEffect]? {
        switch key {
        case .digit(let digit):
            guard view.typed.count < ConsoleViewState.maxTyped else { return [] }
            view.typed += String(digit)
            return cleared()
        case .backspace:
            guard !view.typed.isEmpty else { return [] }
            view.typed.removeLast()
            return cleared()
        case .enter:
            guard !view.typed.isEmpty else { return showHint(.keyNotOffered) }
            let value = view.typed
            view.typed = ""
            return send(.entry(value, session: screen.session))
        case .symbol, .interrupt, .other:
            return nil
        }
    }

    private mutating func send(_ request: ConsoleRequest) -> [ConsoleEffect] {
        awaitingAnswer = true
        view.hint = nil
        return [.send(request, generation: generation), .redraw(full: false)]
    }

    private mutating func cleared() -> [ConsoleEffect] {
        view.hint = nil
        return [.redraw(full: false)]
    }
}
