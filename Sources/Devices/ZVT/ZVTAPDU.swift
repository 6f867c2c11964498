/// One ZVT application message, `CLASS INSTR LEN data`, the same on serial and TCP.
///
/// The length is not stored: it is always derived from `data`, so an APDU built here can
/// never announce a length that disagrees with its payload.
public struct ZVTAPDU: Sendable, Equatable, Hashable {
    /// Named `classByte` because `class` is a Swift keyword.
    public var classByte: UInt8
    public var instruction: UInt8
    public var data: [UInt8]

    /// The longest data an extended length (`FF lo hi`) can announce.
    public static let maxDataLength = 0xFFFF
    /// The longest data a single LEN byte can announce; FF is reserved as the escape.
    public static let maxShortDataLength = 0xFE

    public init(classByte: UInt8, instruction: UInt8, data: [UInt8] = []) {
        self.classByte = classByte
        self.instruction = instruction
        self.data = data
    }

    /// `80 00 00`: the ECR's (or terminal's) acknowledgement at application level.
    public static let positiveReply = ZVTAPDU(classByte: 0x80, instruction: 0x00)

    /// The bytes as sent on TCP, or before DLE stuffing on serial.
    ///
    /// Data longer than `maxDataLength` is cut there rather than trapping: no ZVT command
    /// comes close, and a codec must not crash the daemon.
    public var encoded: [UInt8] {
        let payload = data.prefix(Self.maxDataLength)
        var bytes: [UInt8] = [classByte, instruction]
        if payload.count <= Self.maxShortDataLength {
            bytes.append(UInt8(payload.count))
        } else {
            bytes += [0xFF, UInt8(payload.count & 0xFF), UInt8(payload.count >> 8)]
        }
        bytes += payload
        return bytes
    }

    /// `84 xx`: a refusal; `xx` says why (83 not possible, 9C repeat later).
    public var isNegativeReply: Bool { classByte == 0x84 }
}
