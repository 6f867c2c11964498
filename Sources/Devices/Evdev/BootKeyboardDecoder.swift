/// Decodes USB HID boot-keyboard reports (`[modifiers, reserved, k1…k6]`) for the libusb
/// driver, by turning report differences into key events for a `KeyboardDecoder`: HID and evdev
/// scanners then share one layout engine and one set of rules.
///
/// A report lists the keys held now, so a press is a usage present now and absent before, a
/// release the reverse; the same key twice in a row therefore needs a report without it in
/// between, exactly as the device sends it.
public struct BootKeyboardDecoder: HIDReportDecoder {
    private var keyboard: KeyboardDecoder
    private var previousModifiers: UInt8 = 0
    private var previousUsages: [UInt8] = []

    public init(layout: KeyboardLayout, maxCodeLength: Int, suffixTimeout: Duration?) {
        keyboard = KeyboardDecoder(layout: layout, maxCodeLength: maxCodeLength, suffixTimeout: suffixTimeout)
    }

    /// When the transport should call `flush(at:)` to end a code from a scanner without suffix.
    public var deadline: ContinuousClock.Instant? { keyboard.deadline }

    public mutating func feed(report: [UInt8]) -> [InputEvent.Payload] {
        feed(report: report, at: .now)
    }

    /// Releases come before presses and modifier changes before keys, so Shift released in the
    /// same report as the next key press does not shift that key.
    public mutating func feed(report: [UInt8], at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        guard report.count >= 3 else { return [] }
        let modifiers = report[0]
        let usages = report.dropFirst(2).prefix(6).filter { $0 != 0 }
        if usages.contains(where: { Self.isRolloverError($0) }) {
            return []
        }
        var payloads: [InputEvent.Payload] = []
        for (bit, code) in Self.modifierKeys.enumerated() where Self.isSet(previousModifiers, bit) && !Self.isSet(modifiers, bit) {
            payloads += keyboard.key(code, value: EvdevKeyCode.keyUp, at: now)
        }
        for usage in previousUsages where !usages.contains(usage) {
            payloads += keyUp(usage, at: now)
        }
        for (bit, code) in Self.modifierKeys.enumerated() where !Self.isSet(previousModifiers, bit) && Self.isSet(modifiers, bit) {
            payloads += keyboard.key(code, value: EvdevKeyCode.keyDown, at: now)
        }
        for usage in usages where !previousUsages.contains(usage) {
            payloads += keyDown(usage, at: now)
        }
        previousModifiers = modifiers
        previousUsages = Array(usages)
        return payloads
    }

    public mutating func flush(at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        keyboard.flush(at: now)
    }

    private mutating func keyDown(_ usage: UInt8, at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        guard let code = Self.keyCode(forUsage: usage) else {
            return keyboard.failKey(Self.unknownUsage(usage), at: now)
        }
        return keyboard.key(code, value: EvdevKeyCode.keyDown, at: now)
    }

    private mutating func keyUp(_ usage: UInt8, at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        guard let code = Self.keyCode(forUsage: usage) else { return [] }
        return keyboard.key(code, value: EvdevKeyCode.keyUp, at: now)
    }

    /// Usages 1–3 (ErrorRollOver, POSTFail, ErrorUndefined) fill the report when too many keys
    /// are held; the report says nothing about which keys, so the previous state is kept.
    private static func isRolloverError(_ usage: UInt8) -> Bool {
        (1...3).contains(usage)
    }

    private static func isSet(_ modifiers: UInt8, _ bit: Int) -> Bool {
        modifiers & (1 << UInt8(bit)) != 0
    }

    private static func unknownUsage(_ usage: UInt8) -> InputRejection {
        let hex = String(usage, radix: 16, uppercase: true)
        return InputRejection(
            .controlCharacters,
            "HID key usage 0x\(hex.count == 1 ? "0" + hex : hex) is not a character key; scan dropped — switch off the scanner's function-key output and scan again"
        )
    }
}
