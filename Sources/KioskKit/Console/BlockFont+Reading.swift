extension BlockFont {
    /// What a reader sees in the unknown-character box.
    public static let unknownCharacter: Character = "\u{FFFD}"

    /// Reads block letters back into text (upper case), for tests that look at a real screen.
    ///
    /// Accepts rows as a terminal shows them: centred (leading and trailing blanks are ignored)
    /// and with trailing spaces trimmed to different lengths. Returns nil unless there are
    /// exactly five rows holding only glyphs this font draws.
    public static func read(_ rows: [String]) -> String? {
        guard rows.count == height else { return nil }
        let grid = rows.map { Array($0) }
        let columns = grid.map(\.count).max() ?? 0
        let isBlank = (0..<columns).map { column in grid.allSatisfy { column >= $0.count || $0[column] == " " } }
        guard let first = isBlank.firstIndex(of: false), let last = isBlank.lastIndex(of: false) else { return nil }
        var text = ""
        var column = first
        while column <= last {
            let start = column
            while column <= last, !isBlank[column] { column += 1 }
            guard let character = glyph(in: grid, columns: start..<column) else { return nil }
            text.append(character)
            let blanks = column
            while column <= last, isBlank[column] { column += 1 }
            text += String(repeating: " ", count: spaces(inGapOf: column - blanks))
        }
        return text
    }

    /// A run of `blanks` empty columns between two glyphs holds this many spaces.
    private static func spaces(inGapOf blanks: Int) -> Int {
        max(0, (blanks - gap + (spaceWidth + gap) / 2) / (spaceWidth + gap))
    }

    private static func glyph(in grid: [[Character]], columns: Range<Int>) -> Character? {
        let cut = grid.map { row in
            String(columns.map { $0 < row.count && row[$0] != " " ? filled : " " })
        }
        if cut == unknownGlyph { return unknownCharacter }
        return reverse[cut]
    }

    private static let reverse: [[String]: Character] = Dictionary(cells.map { ($0.value, $0.key) }) { first, _ in first }
}
