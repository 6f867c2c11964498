extension KeyboardLayout {
    /// XKB `symbols/be` "basic" (Belgian AZERTY): like French AZERTY but with `§`, `!`, `-`,
    /// `=` in other places and `@`, `#`, `|`, `\`, `[`, `]`, `{`, `}` on AltGr.
    public static let be = KeyboardLayout(
        name: "be",
        keys: latin(overriding: [
            2: .init("&", "1", "|"), 3: .init("é", "2", "@"), 4: .init("\"", "3", "#"),
            5: .init("'", "4"), 6: .init("(", "5"), 7: .init("§", "6", "^"),
            8: .init("è", "7", "{"), 9: .init("!", "8", "["), 10: .init("ç", "9", "{"),
            11: .init("à", "0", "}"), 12: .init(")", "°", "\\"), 13: .init("-", "_"),
            16: .init("a", "A", "@"), 17: .init("z", "Z"), 18: .init("e", "E"), 24: .init("o", "O"),
            26: .init(.dead(spacing: "^"), .dead(spacing: "¨"), "["), 27: .init("$", "*", "]"),
            30: .init("q", "Q"), 39: .init("m", "M", .dead(spacing: "´")),
            40: .init("ù", "%", .dead(spacing: "´")),
            41: .init("²", "³"),
            43: .init("µ", "£", .dead(spacing: "`")),
            44: .init("w", "W"),
            50: .init(",", "?"), 51: .init(";", "."), 52: .init(":", "/"),
            53: .init("=", "+", .dead(spacing: "~")),
            86: .init("<", ">", "\\"),
        ]),
        rightAltIsAltGr: true
    )
}
