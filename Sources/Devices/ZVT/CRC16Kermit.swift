/// The checksum ZVT serial frames carry (PA00P016): CRC-16/KERMIT, reflected polynomial
/// 0x8408, initial value 0, no final xor.
///
/// It covers the unstuffed APDU plus the ETX byte and travels low byte first, so callers feed
/// it the APDU bytes followed by 0x03 and never the DLE doubling.
public enum CRC16Kermit {
    /// The catalogue check value for the ASCII bytes "123456789"; a self-test anchor.
    public static let checkValue: UInt16 = 0x2189

    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc = update(crc, with: byte)
        }
        return crc
    }

    /// Bitwise rather than table-driven: frames are a few hundred bytes at 9600 baud, so
    /// a 512-byte table buys nothing on the Pi.
    public static func update(_ crc: UInt16, with byte: UInt8) -> UInt16 {
        var value = crc ^ UInt16(byte)
        for _ in 0..<8 {
            value = value & 1 == 1 ? (value >> 1) ^ 0x8408 : value >> 1
        }
        return value
    }
}
