extension KeyboardLayout {
    /// XKB `symbols/latin` "basic" (levels 1–2 are the US positions) plus `symbols/pc` for the
    /// 102nd key and space: the base the European layouts override key by key, as their XKB
    /// definitions `include "latin"`.
    static let latin: [UInt16: KeyDefinition] = [
        41: .init("`", "~"),
        2: .init("1", "!"), 3: .init("2", "@"), 4: .init("3", "#"), 5: .init("4", "$"),
        6: .init("5", "%"), 7: .init("6", "^"), 8: .init("7", "&", "{"), 9: .init("8", "*", "["),
        10: .init("9", "(", "]"), 11: .init("0", ")", "}"), 12: .init("-", "_", "\\"), 13: .init("=", "+"),
        16: .init("q", "Q", "@"), 17: .init("w", "W"), 18: .init("e", "E", "e"), 19: .init("r", "R"),
        20: .init("t", "T"), 21: .init("y", "Y"), 22: .init("u", "U"), 23: .init("i", "I"),
        24: .init("o", "O"), 25: .init("p", "P"),
        26: .init("[", "{", .dead(spacing: "¨")), 27: .init("]", "}", .dead(spacing: "~")),
        30: .init("a", "A"), 31: .init("s", "S"), 32: .init("d", "D"), 33: .init("f", "F"),
        34: .init("g", "G"), 35: .init("h", "H"), 36: .init("j", "J"), 37: .init("k", "K"),
        38: .init("l", "L"),
        39: .init(";", ":", .dead(spacing: "´")), 40: .init("'", "\"", .dead(spacing: "^")),
        43: .init("\\", "|", .dead(spacing: "`")),
        44: .init("z", "Z"), 45: .init("x", "X"), 46: .init("c", "C"), 47: .init("v", "V"),
        48: .init("b", "B"), 49: .init("n", "N"), 50: .init("m", "M"),
        51: .init(",", "<"), 52: .init(".", ">"), 53: .init("/", "?"),
        86: .init("<", ">", "|"),
        57: .init(" ", " "),
    ]

    /// Applies a layout's overrides to the latin base, replacing whole keys as XKB does.
    static func latin(overriding overrides: [UInt16: KeyDefinition]) -> [UInt16: KeyDefinition] {
        latin.merging(overrides) { _, override in override }
    }
}
