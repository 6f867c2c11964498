extension KeyboardLayout {
    /// XKB `symbols/gb` "basic": latin with `"` on Shift+2, `£` on Shift+3, `@` on Shift+',
    /// `#~` next to Enter and `\|` on the 102nd key.
    public static let uk = KeyboardLayout(
        name: "uk",
        keys: latin(overriding: [
            3: .init("2", "\""),
            4: .init("3", "£"),
            5: .init("4", "$"),
            40: .init("'", "@", .dead(spacing: "^")),
            41: .init("`", "¬", "|"),
            43: .init("#", "~", .dead(spacing: "`")),
            86: .init("\\", "|", "|"),
        ]),
        rightAltIsAltGr: true
    )
}
