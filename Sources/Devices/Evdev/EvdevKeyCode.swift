/// Event types and key codes from `linux/input-event-codes.h` that the keyboard decoder acts on.
public enum EvdevKeyCode {
    public static let eventSync: UInt16 = 0
    public static let eventKey: UInt16 = 1
    public static let syncReport: UInt16 = 0
    /// The kernel's buffer overflowed: events up to the next report are lost.
    public static let syncDropped: UInt16 = 3

    public static let escape: UInt16 = 1
    public static let backspace: UInt16 = 14
    public static let tab: UInt16 = 15
    public static let enter: UInt16 = 28
    public static let leftCtrl: UInt16 = 29
    public static let leftShift: UInt16 = 42
    public static let rightShift: UInt16 = 54
    public static let leftAlt: UInt16 = 56
    public static let space: UInt16 = 57
    public static let capsLock: UInt16 = 58
    public static let keypadEnter: UInt16 = 96
    public static let rightCtrl: UInt16 = 97
    public static let rightAlt: UInt16 = 100
    public static let leftMeta: UInt16 = 125
    public static let rightMeta: UInt16 = 126
    public static let numLock: UInt16 = 69
    public static let scrollLock: UInt16 = 70

    /// Keypad 0–9, indexed by digit.
    public static let keypadDigits: [UInt16] = [82, 79, 80, 81, 75, 76, 77, 71, 72, 73]
    public static let keypadAsterisk: UInt16 = 55
    public static let keypadMinus: UInt16 = 74
    public static let keypadPlus: UInt16 = 78
    public static let keypadDot: UInt16 = 83
    public static let keypadSlash: UInt16 = 98

    public static let keyDown: Int32 = 1
    public static let keyUp: Int32 = 0
    public static let keyRepeat: Int32 = 2
}
