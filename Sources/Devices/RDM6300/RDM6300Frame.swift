/// The payload of one RDM6300 frame: `STX`, ten ASCII-hex digits (one version byte and four
/// tag bytes), two ASCII-hex digits of the XOR of those five bytes, `ETX`.
///
/// The tap carries the four tag bytes and not the version byte, because that is the UID every
/// other 125 kHz reader shows: a hex reader prints the same eight digits, an EM4100 USB reader
/// prints their big-endian decimal (the ten-digit number on the card), and the Wiegand-26
/// number is their low 24 bits.
public enum RDM6300Frame {
    static let start: UInt8 = 0x02
    static let end: UInt8 = 0x03
    /// Bytes after STX: twelve hex digits and ETX.
    static let bodyLength = 13

    /// Decodes the twelve hex digits after STX; `digits` must hold exactly twelve ASCII hex
    /// digits (the framer checks each as it arrives).
    static func decode(_ digits: ArraySlice<UInt8>) -> Result<PassUID, InputRejection> {
        let nibbles = digits.compactMap(hexValue)
        guard nibbles.count == 12 else {
            return .failure(garbled("the frame is not twelve hex digits"))
        }
        let bytes = stride(from: 0, to: 12, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
        let sum = bytes[0..<5].reduce(0, ^)
        guard sum == bytes[5] else {
            return .failure(InputRejection(
                .checksum,
                "RDM6300 frame with a wrong checksum dropped — hold the card still and tap again; if it repeats, move the antenna away from metal"
            ))
        }
        return .success(PassUID(bytes: Array(bytes[1..<5])))
    }

    static func garbled(_ what: String) -> InputRejection {
        InputRejection(
            .checksum,
            "garbled RDM6300 frame dropped (\(what)) — tap the card again; if it repeats, check the wiring and that the reader runs at 9600 baud"
        )
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
