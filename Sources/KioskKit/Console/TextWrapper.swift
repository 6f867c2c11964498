/// Greedy word wrapping for plain text lines, counting one column per character.
enum TextWrapper {
    /// Lines of at most `width` characters; a word longer than a line is cut, never dropped.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `text` centred in `width` columns (cut if longer), padded on both sides.
    static func center(_ text: String, width: Int) -> String {
        let cut = String(text.prefix(width))
        let left = (width - cut.count) / 2
        return pad(String(repeating: " ", count: left) + cut, width: width)
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    static func pad(_ text: String, width: Int) -> String {
        let cut = String(text.prefix(max(0, width)))
        return cut + String(repeating: " ", count: max(0, width - cut.count))
    }
}
