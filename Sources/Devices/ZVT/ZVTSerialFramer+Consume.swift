extension ZVTSerialFramer {
    /// One step of the link-layer state machine; at most one event per byte.
    mutating func consume(_ byte: UInt8) -> ZVTSerialEvent? {
        switch state {
        case .idle:
            return consumeIdle(byte)
        case .sawDLE:
            if byte == ZVTSerialFrame.stx {
                startFrame()
                return nil
            }
            state = .idle
            return byte == ZVTSerialFrame.dle ? enterSawDLE() : consumeIdle(byte)
        case .body:
            if byte == ZVTSerialFrame.dle {
                state = .bodyDLE
                return nil
            }
            return append(byte)
        case .bodyDLE:
            return consumeEscape(byte)
        case .crcLow:
            state = .crcHigh(low: byte)
            return nil
        case .crcHigh(let low):
            return finish(received: UInt16(low) | UInt16(byte) << 8)
        }
    }

    private mutating func consumeIdle(_ byte: UInt8) -> ZVTSerialEvent? {
        switch byte {
        case ZVTSerialFrame.ack: return .ack
        case ZVTSerialFrame.nak: return .nak
        case ZVTSerialFrame.dle: return enterSawDLE()
        default: return nil
        }
    }

    private mutating func enterSawDLE() -> ZVTSerialEvent? {
        state = .sawDLE
        return nil
    }

    /// DLE STX inside a frame restarts: the sender gave up on the old frame and is repeating.
    private mutating func consumeEscape(_ byte: UInt8) -> ZVTSerialEvent? {
        switch byte {
        case ZVTSerialFrame.dle:
            state = .body
            return append(byte)
        case ZVTSerialFrame.etx:
            state = .crcLow
            return nil
        case ZVTSerialFrame.stx:
            startFrame()
            return .badFrame(.unexpectedEscape(byte))
        default:
            reset()
            return .badFrame(.unexpectedEscape(byte))
        }
    }

    private mutating func startFrame() {
        body.removeAll(keepingCapacity: true)
        state = .body
    }

    private mutating func append(_ byte: UInt8) -> ZVTSerialEvent? {
        guard body.count < maxAPDULength else {
            reset()
            return .badFrame(.overflow)
        }
        body.append(byte)
        return nil
    }

    /// The APDU must fill the frame exactly: a length field that disagrees with a good CRC
    /// means a sender bug, and guessing which of the two is right would hide it.
    private mutating func finish(received: UInt16) -> ZVTSerialEvent {
        defer { reset() }
        let expected = CRC16Kermit.checksum(body + [ZVTSerialFrame.etx])
        guard expected == received else {
            return .badFrame(.badCRC(expected: expected, received: received))
        }
        guard case .complete(let apdu, let consumed) = ZVTAPDU.parse(body), consumed == body.count else {
            return .badFrame(.lengthMismatch)
        }
        return .frame(apdu)
    }
}
