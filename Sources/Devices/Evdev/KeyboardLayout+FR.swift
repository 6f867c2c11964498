extension KeyboardLayout {
    /// XKB `symbols/fr` "basic" (French AZERTY): symbols unshifted and digits shifted on the top
    /// row, A/Z/Q/W/M moved, `^` and `¨` as dead keys, and `#`, `@`, `\`, `{`… on AltGr.
    public static let fr = KeyboardLayout(
        name: "fr",
        keys: latin(overriding: [
            2: .init("&", "1"), 3: .init("é", "2", "~"), 4: .init("\"", "3", "#"),
            5: .init("'", "4", "{"), 6: .init("(", "5", "["), 7: .init("-", "6", "|"),
            8: .init("è", "7", "`"), 9: .init("_", "8", "\\"), 10: .init("ç", "9", "^"),
            11: .init("à", "0", "@"), 12: .init(")", "°", "]"), 13: .init("=", "+", "}"),
            16: .init("a", "A"), 17: .init("z", "Z"), 18: .init("e", "E"),
            26: .init(.dead(spacing: "^"), .dead(spacing: "¨"), .dead(spacing: "¨")),
            27: .init("$", "£"),
            30: .init("q", "Q", "@"), 39: .init("m", "M"), 40: .init("ù", "%", .dead(spacing: "^")),
            41: .init("²", "~"),
            43: .init("*", "µ", .dead(spacing: "`")),
            44: .init("w", "W"),
            50: .init(",", "?", .dead(spacing: "´")), 51: .init(";", "."), 52: .init(":", "/"),
            53: .init("!", "§"),
        ]),
        rightAltIsAltGr: true
    )
}
