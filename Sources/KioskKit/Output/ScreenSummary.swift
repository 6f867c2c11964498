import HubAPI

/// A console screen as a few plain lines, for `kiosk simulate` and the journal-minded maintainer.
enum ScreenSummary {
    static func lines(_ screen: ConsoleScreen, _ language: Language) -> [String] {
        var lines = ["[\(screen.kind.rawValue)] " + screen.headline(language).uppercased()]
        lines += screen.lines.map { "  " + $0(language) }
        lines += screen.options.map { option in
            "  \(option.key)  \(option.label(language))" + (option.detail.map { "  " + $0(language) } ?? "")
        }
        return lines
    }
}
