extension KeyDecoder {
    /// A single byte in numeric keypad mode (or from a full keyboard).
    static func plainKey(_ byte: UInt8) -> ConsoleKey {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            .digit(Int(byte - UInt8(ascii: "0")))
        case 0x7F, 0x08:
            .backspace
        case 0x03:
            .interrupt
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "."):
            .symbol(String(UnicodeScalar(byte)))
        case UInt8(ascii: ","):
            // A Dutch keypad's decimal key types a comma; it is the same physical "." key.
            .symbol(".")
        default:
            .other
        }
    }

    /// The byte after `ESC O`: the keypad in application mode (VT100/xterm).
    static func singleShiftKey(_ byte: UInt8) -> ConsoleKey {
        switch byte {
        case UInt8(ascii: "p")...UInt8(ascii: "y"):
            .digit(Int(byte - UInt8(ascii: "p")))
        case UInt8(ascii: "M"):
            .enter
        case UInt8(ascii: "k"):
            .symbol("+")
        case UInt8(ascii: "m"):
            .symbol("-")
        case UInt8(ascii: "j"):
            .symbol("*")
        case UInt8(ascii: "o"):
            .symbol("/")
        case UInt8(ascii: "n"), UInt8(ascii: "l"):
            .symbol(".")
        default:
            .other
        }
    }

    /// A complete `ESC [ … final` sequence: only Delete (`ESC [ 3 ~`) means something here.
    static func controlKey(parameters: [UInt8], final: UInt8) -> ConsoleKey {
        if final == UInt8(ascii: "~"), parameters == [UInt8(ascii: "3")] { return .backspace }
        return .other
    }
}
