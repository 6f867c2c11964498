import Foundation

/// The key positions a keyboard-wedge scanner sends, read as text under the layout the scanner
/// was set to. One table per layout, built from the XKB symbols files (xkeyboard-config:
/// `symbols/us`, `gb`, `de`, `fr`, `be` and their shared `latin` and `pc` includes).
///
/// Keys every layout shares (keypad digits and operators, Tab, Escape, Backspace) live in
/// `common`; a keypad digit reads as a digit, as with Num Lock on, because scanners that use
/// the keypad assume it.
public struct KeyboardLayout: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let keys: [UInt16: KeyDefinition]
    /// Whether Right Alt is AltGr (level 3) rather than a second Alt, as XKB's
    /// `level3(ralt_switch)` makes it on every layout here except `us`.
    public let rightAltIsAltGr: Bool

    public init(name: String, keys: [UInt16: KeyDefinition], rightAltIsAltGr: Bool) {
        self.name = name
        self.keys = keys
        self.rightAltIsAltGr = rightAltIsAltGr
    }

    public var description: String { name }

    public static let all: [KeyboardLayout] = [.us, .uk, .de, .fr, .be]

    /// The config names accepted in `layout = "…"`.
    public static var supportedNames: [String] { all.map(\.name) }

    /// The layout a config names; no name means `us`, the scanners' factory default. Aliases
    /// cover the XKB and common spellings staff are likely to type.
    public static func named(_ name: String?) -> KeyboardLayout? {
        let key = (name ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        switch key {
        case "", "us", "en-us", "en_us": return .us
        case "uk", "gb", "en-gb", "en_gb": return .uk
        case "de", "de-de", "de_de", "qwertz": return .de
        case "fr", "fr-fr", "fr_fr", "azerty": return .fr
        case "be", "be-fr", "be_fr", "be-nl", "be_nl", "nl-be", "fr-be": return .be
        default: return nil
        }
    }

    /// The symbol a key yields at a level, looking at the layout's own table first.
    public func symbol(forKey code: UInt16, at level: KeyLevel) -> KeySymbol? {
        if let definition = keys[code] {
            return definition.symbol(at: level)
        }
        return level == .altGr ? nil : Self.common[code].map(KeySymbol.character)
    }

    public func isAlphabetic(key code: UInt16) -> Bool {
        keys[code]?.isAlphabetic ?? false
    }

    /// Layout-independent keys. Control characters are produced as what they are, so the
    /// central input guard rejects a code containing them with its usual advice.
    static let common: [UInt16: Character] = {
        var table: [UInt16: Character] = [
            EvdevKeyCode.escape: "\u{1B}", EvdevKeyCode.backspace: "\u{08}", EvdevKeyCode.tab: "\t",
            EvdevKeyCode.keypadAsterisk: "*", EvdevKeyCode.keypadMinus: "-",
            EvdevKeyCode.keypadPlus: "+", EvdevKeyCode.keypadSlash: "/", EvdevKeyCode.keypadDot: ".",
        ]
        for (digit, code) in EvdevKeyCode.keypadDigits.enumerated() {
            table[code] = Character(String(digit))
        }
        return table
    }()
}
