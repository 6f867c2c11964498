/// Builds 64-byte HID POS Scanned Data Reports in the standard layout, the way a Honeywell
/// scanner sends them, so tests read like the recorded traffic they stand for and the device
/// lab's virtual HID POS scanner sends what a real one would.
public enum HIDPOSReport {
    public static func make(_ aim: String, _ data: [UInt8], more: Bool = false, reportID: UInt8 = 0x02) -> [UInt8] {
        var report = [UInt8](repeating: 0, count: 64)
        report[0] = reportID
        report[1] = UInt8(data.count)
        for (offset, byte) in Array(aim.utf8).prefix(3).enumerated() {
            report[2 + offset] = byte
        }
        for (offset, byte) in data.enumerated() {
            report[5 + offset] = byte
        }
        report[61] = 0x64
        report[63] = more ? 0x01 : 0x00
        return report
    }

    public static func make(_ aim: String, _ text: String, more: Bool = false) -> [UInt8] {
        make(aim, Array(text.utf8), more: more)
    }

    /// Splits a code into as many reports as the 56-byte data field needs.
    public static func sequence(_ aim: String, _ data: [UInt8]) -> [[UInt8]] {
        let chunks = stride(from: 0, to: max(data.count, 1), by: 56).map { Array(data[$0..<min($0 + 56, data.count)]) }
        return chunks.enumerated().map { index, chunk in make(aim, chunk, more: index < chunks.count - 1) }
    }
}
