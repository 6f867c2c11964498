import HubAPI

extension ScreenRenderer {
    /// The headline in block letters, word-wrapped over block rows; in plain upper case when
    /// `blockLetters` is off or a single word is wider than the screen.
    static func headline(_ screen: ConsoleScreen, language: Language, width: Int, blockLetters: Bool) -> [RenderedLine] {
        let text = screen.headline(language)
        let style = RenderedLine.Style.headline(screen.tone)
        if blockLetters, let rows = blockRows(text, width: width) {
            return rows.map { RenderedLine($0, style: style) }
        }
        return TextWrapper.wrap(text.uppercased(), width: max(1, width - 2)).map {
            RenderedLine(TextWrapper.center($0, width: width), style: style)
        }
    }

    /// Block-letter rows (5 terminal rows each, one blank row between), or nil if a word
    /// does not fit at all.
    static func blockRows(_ text: String, width: Int) -> [String]? {
        let available = width - 2
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.allSatisfy({ BlockFont.width(of: $0) <= available }) else { return nil }
        var groups: [String] = []
        for word in words {
            if let last = groups.last, BlockFont.width(of: last + " " + word) <= available {
                groups[groups.count - 1] = last + " " + word
            } else {
                groups.append(word)
            }
        }
        let blank = String(repeating: " ", count: width)
        let rendered = groups.map { group in
            BlockFont.render(group).map { TextWrapper.center($0, width: width) }
        }
        return Array(rendered.map { [blank] + $0 }.joined().dropFirst())
    }
}
