/// One key position under a layout: its symbols at level 1 (plain), 2 (Shift) and 3 (AltGr).
///
/// Level 3 is only filled where it yields ASCII or an ASCII dead key: barcodes carry ASCII in
/// practice, and a scanner set to AZERTY or German types `@`, `#` or `\` through AltGr.
public struct KeyDefinition: Sendable, Hashable {
    public var plain: KeySymbol?
    public var shifted: KeySymbol?
    public var altGr: KeySymbol?
    /// Caps Lock swaps the first two levels of letter keys only, as XKB's ALPHABETIC type does:
    /// on AZERTY it never turns `é` into `2`.
    public var isAlphabetic: Bool

    public init(_ plain: KeySymbol?, _ shifted: KeySymbol?, _ altGr: KeySymbol? = nil) {
        self.plain = plain
        self.shifted = shifted
        self.altGr = altGr
        isAlphabetic = Self.isLetterPair(plain, shifted)
    }

    public func symbol(at level: KeyLevel) -> KeySymbol? {
        switch level {
        case .plain: plain
        case .shifted: shifted
        case .altGr: altGr
        }
    }

    private static func isLetterPair(_ lower: KeySymbol?, _ upper: KeySymbol?) -> Bool {
        guard case .character(let lower)? = lower, case .character(let upper)? = upper else { return false }
        return lower.isLowercase && lower.uppercased() == String(upper)
    }
}
