import Foundation

/// Big letters for the one line that matters on each screen, readable from a step back by
/// residents with poor eyesight. Five rows of `█`; letters are drawn in upper case and Dutch
/// diacritics fold to their base letter (ë → E), because a 5-row grid cannot carry accents.
public enum BlockFont {
    public static let height = 5
    /// Empty columns after each glyph.
    public static let gap = 1
    /// Empty columns a space takes (plus its gap).
    static let spaceWidth = 3
    static let filled: Character = "█"

    /// Five rows, all `width(of: text)` columns wide, with no trailing gap after the last glyph.
    public static func render(_ text: String) -> [String] {
        let glyphs = glyphs(for: text)
        var rows = [String](repeating: "", count: height)
        for (index, glyph) in glyphs.enumerated() {
            for row in 0..<height {
                if index > 0 { rows[row] += String(repeating: " ", count: gap) }
                rows[row] += glyph[row]
            }
        }
        return rows
    }

    /// Columns `render(text)` takes.
    public static func width(of text: String) -> Int {
        let glyphs = glyphs(for: text)
        guard !glyphs.isEmpty else { return 0 }
        return glyphs.reduce(0) { $0 + ($1.first?.count ?? 0) } + gap * (glyphs.count - 1)
    }

    /// What the font draws for `text`, one entry per glyph, already with `█` cells.
    static func glyphs(for text: String) -> [[String]] {
        normalized(text).map { character in
            if character == " " { return [String](repeating: String(repeating: " ", count: spaceWidth), count: height) }
            return cells[character] ?? unknownGlyph
        }
    }

    /// Upper case with diacritics folded (é → E, ĳ → IJ) and typographic quotes and dashes made
    /// plain, so the texts hubd writes never fall into the unknown box for a mere accent.
    static func normalized(_ text: String) -> [Character] {
        var result: [Character] = []
        for character in text {
            switch character {
            case "’", "‘", "`", "´", "\"", "“", "”": result.append("'")
            case "–", "—", "‐": result.append("-")
            case "\t", "\n", "\u{00A0}": result.append(" ")
            case "ĳ", "Ĳ": result.append(contentsOf: ["I", "J"])
            default:
                let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
                result.append(contentsOf: folded.uppercased())
            }
        }
        return result
    }

    static let cells: [Character: [String]] = drawings.mapValues(paint)
    static let unknownGlyph: [String] = paint(unknownDrawing)

    private static func paint(_ drawing: [String]) -> [String] {
        drawing.map { String($0.map { $0 == "#" ? filled : " " }) }
    }
}
