/// The serial link layer of ZVT (PA00P016): `10 02 | APDU, each 10 doubled | 10 03 | CRC lo hi`.
public enum ZVTSerialFrame {
    public static let dle: UInt8 = 0x10
    public static let stx: UInt8 = 0x02
    public static let etx: UInt8 = 0x03
    /// Sent bare, outside any frame, to accept a frame.
    public static let ack: UInt8 = 0x06
    /// Sent bare, outside any frame, to refuse a frame; the sender repeats it.
    public static let nak: UInt8 = 0x15

    /// The CRC is taken over the unstuffed APDU plus ETX, so the stuffing can be undone
    /// before it is checked.
    public static func encode(_ apdu: ZVTAPDU) -> [UInt8] {
        let body = apdu.encoded
        var frame: [UInt8] = [dle, stx]
        frame.reserveCapacity(body.count * 2 + 6)
        for byte in body {
            frame.append(byte)
            if byte == dle {
                frame.append(dle)
            }
        }
        let crc = CRC16Kermit.checksum(body + [etx])
        frame += [dle, etx, UInt8(crc & 0xFF), UInt8(crc >> 8)]
        return frame
    }
}
