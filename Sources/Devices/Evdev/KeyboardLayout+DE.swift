extension KeyboardLayout {
    /// XKB `symbols/de` "basic" (over `latin(type4)`): QWERTZ, umlauts, `^` and the accents as
    /// dead keys, `@` on AltGr+Q, and `kpdl(comma)` so the keypad's decimal key types a comma.
    public static let de = KeyboardLayout(
        name: "de",
        keys: latin(overriding: [
            41: .init(.dead(spacing: "^"), "°"),
            3: .init("2", "\""), 4: .init("3", "§"), 5: .init("4", "$"),
            7: .init("6", "&"), 8: .init("7", "/", "{"), 9: .init("8", "(", "["),
            10: .init("9", ")", "]"), 11: .init("0", "=", "}"),
            12: .init("ß", "?", "\\"), 13: .init(.dead(spacing: "´"), .dead(spacing: "`")),
            18: .init("e", "E"), 21: .init("z", "Z"),
            26: .init("ü", "Ü", .dead(spacing: "¨")), 27: .init("+", "*", "~"),
            39: .init("ö", "Ö"), 40: .init("ä", "Ä", .dead(spacing: "^")),
            43: .init("#", "'"),
            44: .init("y", "Y"), 45: .init("x", "X"),
            51: .init(",", ";"), 52: .init(".", ":"), 53: .init("-", "_"),
            86: .init("<", ">", "|"),
            EvdevKeyCode.keypadDot: .init(",", ","),
        ]),
        rightAltIsAltGr: true
    )
}
