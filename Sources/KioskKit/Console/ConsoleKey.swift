/// One key from the kiosk's numeric keypad, whatever bytes the terminal used to send it.
///
/// The console knows nothing but these: residents never need a full keyboard, so every other key
/// collapses into `.other`, which only ever earns the "that key does nothing here" hint.
public enum ConsoleKey: Sendable, Equatable {
    case digit(Int)
    case enter
    /// Backspace or Delete: both remove the last typed digit.
    case backspace
    /// The keypad's `+ - * / .` keys, sent to hubd only when a screen offers them.
    case symbol(String)
    /// Ctrl-C: raw mode delivers it as a byte, so the console quits on it itself.
    case interrupt
    case other

    /// The name hubd's options use for this key ("1", "*"), or nil when no option can name it.
    public var optionKey: String? {
        switch self {
        case .digit(let value): String(value)
        case .symbol(let symbol): symbol
        case .enter, .backspace, .interrupt, .other: nil
        }
    }
}
