/// Turns evdev key events into the boot-keyboard reports a USB scanner would send for them, so
/// HID decoding is tested against the same keystrokes as evdev, and the device lab's virtual
/// HID keyboard types what `EvdevKeystrokeEncoder` encodes.
public enum BootReportRecorder {
    public static func reports(for records: [InputEventRecord]) -> [[UInt8]] {
        var modifiers: UInt8 = 0
        var keys: [UInt8] = []
        var reports: [[UInt8]] = []
        for record in records where record.type == EvdevKeyCode.eventKey {
            if let bit = modifierBits.firstIndex(of: record.code) {
                let mask = UInt8(1) << UInt8(bit)
                modifiers = record.value == 0 ? modifiers & ~mask : modifiers | mask
            } else if let usage = usage(for: record.code) {
                keys.removeAll { $0 == usage }
                if record.value != 0 {
                    keys.append(usage)
                }
            }
            reports.append([modifiers, 0] + keys + Array(repeating: 0, count: max(0, 6 - keys.count)))
        }
        return reports
    }

    private static let modifierBits: [UInt16] = [29, 42, 56, 125, 97, 54, 100, 126]

    private static func usage(for code: UInt16) -> UInt8? {
        (UInt8(4)...UInt8(0x64)).first { BootKeyboardDecoder.keyCode(forUsage: $0) == code }
    }
}
