/// Tracks whether a TOML value continues on the next line (open brackets, multi-line strings), so
/// the line locator never mistakes the inside of a multi-line array or string for a key.
enum TOMLValueScanner {
    struct State: Sendable {
        var depth = 0
        /// The closing delimiter of an unfinished multi-line string, `"""` or `'''`.
        var openString: String?

        var isOpen: Bool { depth > 0 || openString != nil }
    }

    static func scan(_ text: Substring, from start: State) -> State {
        var state = start
        var rest = text[...]
        while !rest.isEmpty {
            if let delimiter = state.openString {
                guard let close = rest.range(of: delimiter) else { return state }
                state.openString = nil
                rest = rest[close.upperBound...]
                continue
            }
            guard let character = rest.first else { break }
            switch character {
            case "#":
                return state
            case "\"", "'":
                rest = skipString(rest, quote: character, state: &state)
                continue
            case "[", "{":
                state.depth += 1
            case "]", "}":
                state.depth = max(0, state.depth - 1)
            default:
                break
            }
            rest = rest.dropFirst()
        }
        return state
    }

    /// Consumes a string starting at `text`, opening a multi-line string in `state` when it does not close.
    private static func skipString(_ text: Substring, quote: Character, state: inout State) -> Substring {
        let triple = String(repeating: quote, count: 3)
        if text.hasPrefix(triple) {
            state.openString = triple
            return text.dropFirst(3)
        }
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if character == "\\" && quote == "\"" {
                index = text.index(index, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex
                continue
            }
            if character == quote { return text[text.index(after: index)...] }
            index = text.index(after: index)
        }
        return text[text.endIndex...]
    }
}
