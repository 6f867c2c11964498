/// The few ANSI/xterm control sequences the console uses, in one place.
enum TerminalCodes {
    static let enterAlternateScreen = "\u{1B}[?1049h"
    static let leaveAlternateScreen = "\u{1B}[?1049l"
    static let hideCursor = "\u{1B}[?25l"
    static let showCursor = "\u{1B}[?25h"
    static let clearScreen = "\u{1B}[2J"
    static let eraseToEndOfLine = "\u{1B}[K"
    static let resetStyle = "\u{1B}[0m"

    static func moveTo(row: Int, column: Int) -> String {
        "\u{1B}[\(row);\(column)H"
    }

    /// Colour used sparingly: green for done, amber for attention, bold for what to read first.
    static func style(_ style: RenderedLine.Style) -> String {
        switch style {
        case .plain: ""
        case .strong: "\u{1B}[1m"
        case .headline(.calm): "\u{1B}[1m"
        case .headline(.success): "\u{1B}[1;32m"
        case .headline(.attention): "\u{1B}[1;33m"
        case .attention: "\u{1B}[1;33m"
        case .banner: "\u{1B}[1;30;43m"
        }
    }
}
