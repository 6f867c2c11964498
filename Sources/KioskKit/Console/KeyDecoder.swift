/// Turns the bytes a terminal sends into keypad keys, across reads of any size.
///
/// Keypads send plain digits in numeric mode and `ESC O p`…`ESC O y` in application mode; both
/// must work, because which one arrives depends on the terminal and NumLock, not on us. An
/// unfinished escape sequence is held only until `flush()` (the reader calls it after a short
/// silence) or until it grows past `maxSequence`, so a stray ESC can never stall the keypad.
public struct KeyDecoder: Sendable {
    private enum State: Sendable, Equatable {
        case ground
        case escape
        /// `ESC O`: one more byte names the key.
        case singleShift
        /// `ESC [` and the bytes after it, waiting for a final byte.
        case control([UInt8])
        /// Inside a UTF-8 character: this many continuation bytes left to skip.
        case utf8(Int)
    }

    /// Longest escape sequence kept; a longer one is garbage and becomes one `.other`.
    static let maxSequence = 16

    private var state = State.ground
    private var lastWasCarriageReturn = false

    public init() {}

    /// Whether bytes are held back waiting for the rest of a sequence.
    public var isPending: Bool {
        switch state {
        case .ground, .utf8: false
        case .escape, .singleShift, .control: true
        }
    }

    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ConsoleKey] {
        var keys: [ConsoleKey] = []
        for byte in bytes {
            if let key = consume(byte) { keys.append(key) }
        }
        return keys
    }

    /// Gives up on an unfinished sequence: a lone ESC (or a cut-off one) is one `.other` key.
    public mutating func flush() -> [ConsoleKey] {
        defer { state = .ground }
        return isPending ? [.other] : []
    }

    private mutating func consume(_ byte: UInt8) -> ConsoleKey? {
        let afterCarriageReturn = lastWasCarriageReturn
        lastWasCarriageReturn = false
        switch state {
        case .ground:
            return ground(byte, afterCarriageReturn: afterCarriageReturn)
        case .escape:
            return escape(byte)
        case .singleShift:
            state = .ground
            return Self.singleShiftKey(byte)
        case .control(let collected):
            return control(byte, collected: collected)
        case .utf8(let remaining):
            return utf8(byte, remaining: remaining, afterCarriageReturn: afterCarriageReturn)
        }
    }

    private mutating func ground(_ byte: UInt8, afterCarriageReturn: Bool) -> ConsoleKey? {
        switch byte {
        case 0x1B:
            state = .escape
            return nil
        case 0x0D:
            lastWasCarriageReturn = true
            return .enter
        case 0x0A:
            // CR LF is one Enter; a lone LF (some terminals) is Enter too.
            return afterCarriageReturn ? nil : .enter
        case 0xC0...0xF7:
            state = .utf8(byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1)
            return .other
        case 0x80...0xBF, 0xF8...0xFF:
            return nil
        default:
            return Self.plainKey(byte)
        }
    }

    private mutating func escape(_ byte: UInt8) -> ConsoleKey? {
        switch byte {
        case UInt8(ascii: "O"):
            state = .singleShift
            return nil
        case UInt8(ascii: "["):
            state = .control([])
            return nil
        case 0x1B:
            // ESC ESC: the first one was a lone Escape key; the second starts over.
            return .other
        default:
            state = .ground
            return .other
        }
    }

    private mutating func control(_ byte: UInt8, collected: [UInt8]) -> ConsoleKey? {
        if (0x40...0x7E).contains(byte) {
            state = .ground
            return Self.controlKey(parameters: collected, final: byte)
        }
        guard collected.count + 1 < Self.maxSequence, (0x20...0x3F).contains(byte) else {
            state = byte == 0x1B ? .escape : .ground
            return .other
        }
        state = .control(collected + [byte])
        return nil
    }

    private mutating func utf8(_ byte: UInt8, remaining: Int, afterCarriageReturn: Bool) -> ConsoleKey? {
        guard (0x80...0xBF).contains(byte) else {
            state = .ground
            return ground(byte, afterCarriageReturn: afterCarriageReturn)
        }
        state = remaining > 1 ? .utf8(remaining - 1) : .ground
        return nil
    }
}
