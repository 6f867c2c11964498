/// Types text as a keyboard-wedge scanner set to `layout` would: `input_event` records for
/// `hubd --simulate` and the tests, written into a FIFO the evdev driver reads.
///
/// Each key is a down and an up event, each followed by SYN_REPORT, like the kernel reports a
/// real keyboard; Shift or AltGr are pressed around the keys that need them, and GS (0x1D, the
/// GS1 field separator) is sent as Alt + keypad 0 2 9, the way wedge scanners send it.
public struct EvdevKeystrokeEncoder: Sendable {
    public let layout: KeyboardLayout
    private let table: [Character: [Keystroke]]

    public init(layout: KeyboardLayout = .us) {
        self.layout = layout
        table = layout.typingTable()
    }

    /// The records typing `text`, then ENTER when `suffix` is set.
    public func records(for text: String, suffix: Bool = true) throws(KeystrokeEncodingError) -> [InputEventRecord] {
        var records: [InputEventRecord] = []
        for character in text {
            if character == "\u{1D}" {
                records += Self.altCode(29)
                continue
            }
            guard let strokes = table[character] else {
                throw KeystrokeEncodingError(
                    .unsupportedCharacter,
                    "the \(layout.name) layout has no key for \(Self.describe(character)) — use another layout or leave it out of the simulated code"
                )
            }
            for stroke in strokes {
                records += Self.press(stroke)
            }
        }
        if suffix {
            records += Self.press(Keystroke(key: EvdevKeyCode.enter))
        }
        return records
    }

    /// The same records as the bytes a FIFO writer sends.
    public func encode(_ text: String, suffix: Bool = true) throws(KeystrokeEncodingError) -> [UInt8] {
        try records(for: text, suffix: suffix).flatMap(\.bytes)
    }

    static func press(_ stroke: Keystroke) -> [InputEventRecord] {
        stroke.modifiers.flatMap { key($0, EvdevKeyCode.keyDown) }
            + key(stroke.key, EvdevKeyCode.keyDown) + key(stroke.key, EvdevKeyCode.keyUp)
            + stroke.modifiers.reversed().flatMap { key($0, EvdevKeyCode.keyUp) }
    }

    /// Alt held over the keypad digits of a decimal character code.
    static func altCode(_ value: Int) -> [InputEventRecord] {
        let digits = String(value)
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        var records = key(EvdevKeyCode.leftAlt, EvdevKeyCode.keyDown)
        for digit in padded.compactMap(\.wholeNumberValue) {
            records += press(Keystroke(key: EvdevKeyCode.keypadDigits[digit]))
        }
        return records + key(EvdevKeyCode.leftAlt, EvdevKeyCode.keyUp)
    }

    /// One key event and the SYN_REPORT that closes its frame.
    static func key(_ code: UInt16, _ value: Int32) -> [InputEventRecord] {
        [
            InputEventRecord(type: EvdevKeyCode.eventKey, code: code, value: value),
            InputEventRecord(type: EvdevKeyCode.eventSync, code: EvdevKeyCode.syncReport, value: 0),
        ]
    }

    private static func describe(_ character: Character) -> String {
        let scalars = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        return "\"\(character)\" (\(scalars.joined(separator: " ")))"
    }
}
