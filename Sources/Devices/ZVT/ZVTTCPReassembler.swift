/// Cuts the TCP byte stream (port 20007: bare APDUs, no CRC, no ACK) into APDUs.
///
/// APDUs are delimited only by their length field, so one read may end inside an APDU (even
/// inside `FF lo hi`) or hold several. The held remainder is always shorter than one APDU;
/// an APDU announcing more than `maxAPDULength` cannot be framed safely, so everything held is
/// dropped and counted. On TCP there is no way to find the next APDU start after that, so the
/// caller should treat a growing `droppedByteCount` as a reason to reconnect.
public struct ZVTTCPReassembler: Sendable {
    public let maxAPDULength: Int
    private var buffer: [UInt8] = []
    /// Bytes thrown away because an APDU announced more than the bound.
    public private(set) var droppedByteCount = 0

    public init(maxAPDULength: Int = 5 + ZVTAPDU.maxDataLength) {
        self.maxAPDULength = max(3, maxAPDULength)
    }

    /// Bytes held for an unfinished APDU.
    public var bufferedByteCount: Int { buffer.count }

    public mutating func feed(_ bytes: [UInt8]) -> [ZVTAPDU] {
        buffer += bytes
        var apdus: [ZVTAPDU] = []
        var offset = 0
        while offset < buffer.count {
            let rest = buffer[offset...]
            if let header = ZVTAPDU.header(rest), header.headerLength + header.dataLength > maxAPDULength {
                droppedByteCount += rest.count
                offset = buffer.count
                break
            }
            guard case .complete(let apdu, let consumed) = ZVTAPDU.parse(rest) else { break }
            apdus.append(apdu)
            offset += consumed
        }
        buffer.removeFirst(offset)
        return apdus
    }
}
