/// One kernel `struct input_event` as it crosses the evdev character device: 24 little-endian
/// bytes on 64-bit Linux (the Pi's arm64 and x86_64 alike).
///
/// Parsed by hand rather than by reinterpreting memory, so a misaligned or partial record can
/// never be read and the layout does not depend on the host's struct padding.
public struct InputEventRecord: Sendable, Hashable {
    /// Bytes per record on 64-bit Linux: tv_sec i64, tv_usec i64, type u16, code u16, value s32.
    public static let size = 24

    public var seconds: Int64
    public var microseconds: Int64
    public var type: UInt16
    public var code: UInt16
    public var value: Int32

    public init(seconds: Int64 = 0, microseconds: Int64 = 0, type: UInt16, code: UInt16, value: Int32) {
        self.seconds = seconds
        self.microseconds = microseconds
        self.type = type
        self.code = code
        self.value = value
    }

    /// Reads the record starting at `offset`; nil unless a whole record is there.
    public init?(bytes: some RandomAccessCollection<UInt8>, at offset: Int = 0) {
        guard offset >= 0, bytes.count - offset >= Self.size else { return nil }
        let start = bytes.index(bytes.startIndex, offsetBy: offset)
        func field(_ at: Int, _ width: Int) -> UInt64 {
            var result: UInt64 = 0
            for index in (0..<width).reversed() {
                result = result << 8 | UInt64(bytes[bytes.index(start, offsetBy: at + index)])
            }
            return result
        }
        seconds = Int64(bitPattern: field(0, 8))
        microseconds = Int64(bitPattern: field(8, 8))
        type = UInt16(truncatingIfNeeded: field(16, 2))
        code = UInt16(truncatingIfNeeded: field(18, 2))
        value = Int32(bitPattern: UInt32(truncatingIfNeeded: field(20, 4)))
    }

    /// The record's wire form, for the simulator and tests.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.size)
        func append(_ raw: UInt64, _ width: Int) {
            for index in 0..<width {
                out.append(UInt8(truncatingIfNeeded: raw >> (8 * UInt64(index))))
            }
        }
        append(UInt64(bitPattern: seconds), 8)
        append(UInt64(bitPattern: microseconds), 8)
        append(UInt64(type), 2)
        append(UInt64(code), 2)
        append(UInt64(UInt32(bitPattern: value)), 4)
        return out
    }
}
