@testable import Devices

/// The serial vectors from hardware.md (ecrterm's tests and PA00P015/PA00P016).
enum ZVTVectors {
    static let registration = "1002060006123456BA0978100324C3"
    static let authorization110 = "100206010A04000000011010004909781003F2FF"
    static let authorization150 = "100206010A040000000001504909781003DE53"
    static let statusEnquiry = "10020501031234561003E043"
    static let positiveReply = "10028000001003F51F"
    static let abort = "100206B000100343F3"
    static let printLine = "100206D117002020202020202020204B617373656E7363686E69747410032F07"

    static let all = [registration, authorization110, authorization150, statusEnquiry, positiveReply, abort, printLine]

    /// Hex text to bytes; spaces allowed. Test input only, so a bad digit reads as 0.
    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.filter { !$0.isWhitespace })
        return stride(from: 0, to: digits.count - 1, by: 2).map {
            UInt8(String(digits[$0...($0 + 1)]), radix: 16) ?? 0
        }
    }

    /// Undoes the DLE doubling between `10 02` and `10 03`; what the CRC covers.
    static func unstuffedAPDU(_ frame: [UInt8]) -> [UInt8] {
        var apdu: [UInt8] = []
        var index = 2
        while index < frame.count - 4 {
            apdu.append(frame[index])
            index += frame[index] == 0x10 ? 2 : 1
        }
        return apdu
    }
}
