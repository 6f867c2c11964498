extension KeyboardLayout {
    /// XKB `symbols/us` "basic": the latin positions with no AltGr level (Right Alt is Alt).
    public static let us = KeyboardLayout(
        name: "us",
        keys: latin.mapValues { KeyDefinition($0.plain, $0.shifted) },
        rightAltIsAltGr: false
    )
}
