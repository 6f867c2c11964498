extension BootKeyboardDecoder {
    /// Modifier byte bits 0–7 (LCtrl, LShift, LAlt, LGUI, RCtrl, RShift, RAlt, RGUI) as evdev keys.
    static let modifierKeys: [UInt16] = [
        EvdevKeyCode.leftCtrl, EvdevKeyCode.leftShift, EvdevKeyCode.leftAlt, EvdevKeyCode.leftMeta,
        EvdevKeyCode.rightCtrl, EvdevKeyCode.rightShift, EvdevKeyCode.rightAlt, EvdevKeyCode.rightMeta,
    ]

    /// HID Usage Tables, Keyboard/Keypad page (0x07), to the evdev key code the Linux HID driver
    /// reports for the same key position; keys a scanner never sends as text are left out and
    /// fail the code.
    public static func keyCode(forUsage usage: UInt8) -> UInt16? {
        switch usage {
        case 0x04...0x1D: letters[Int(usage - 0x04)]
        case 0x1E...0x26: UInt16(usage - 0x1E) + 2
        case 0x27: 11
        case 0x28...0x38: block[Int(usage - 0x28)]
        case 0x39: EvdevKeyCode.capsLock
        case 0x53: EvdevKeyCode.numLock
        case 0x54...0x63: keypad[Int(usage - 0x54)]
        case 0x64: 86
        default: nil
        }
    }

    /// a–z in usage order.
    private static let letters: [UInt16] = [
        30, 48, 46, 32, 18, 33, 34, 35, 23, 36, 37, 38, 50, 49, 24, 25, 16, 19, 31, 20, 22, 47, 17, 45, 21, 44,
    ]

    /// Enter, Escape, Backspace, Tab, Space, - = [ ] \ Non-US-# ; ' ` , . /
    private static let block: [UInt16] = [28, 1, 14, 15, 57, 12, 13, 26, 27, 43, 43, 39, 40, 41, 51, 52, 53]

    /// Keypad / * - + Enter 1 2 3 4 5 6 7 8 9 0 .
    private static let keypad: [UInt16] = [98, 55, 74, 78, 96, 79, 80, 81, 75, 76, 77, 71, 72, 73, 82, 83]
}
