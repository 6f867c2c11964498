/// Cuts the TCP stream into APDUs with `ZVTTCPReassembler`, and finds its way back to an APDU
/// start after bytes that do not belong there.
///
/// Some terminals greet a new connection with a text banner, and some leave stale bytes after
/// a message. At an APDU boundary any byte that cannot be a ZVT class byte is skipped. The
/// reassembler is fed exactly one APDU at a time (header bytes singly until the length is
/// known, then the rest in one piece), so junk between two APDUs is seen at the boundary. An
/// APDU left unfinished for `staleAfter` is dropped, so one stray class byte cannot swallow
/// the next real message.
struct ZVTTCPStreamDecoder: ByteStreamDecoder {
    static let classBytes: Set<UInt8> = [0x04, 0x05, 0x06, 0x08, 0x80, 0x84]

    let staleAfter: Duration
    private let maxAPDULength: Int
    private var reassembler: ZVTTCPReassembler
    /// The first bytes of the APDU being read, until its length is known.
    private var header: [UInt8] = []
    /// Bytes still owed to the reassembler for the current APDU, once its length is known.
    private var owed: Int?
    /// Bytes of an APDU too long to frame that are still to be skipped.
    private var discarding = 0
    private var lastByteAt: ContinuousClock.Instant?

    init(staleAfter: Duration, maxAPDULength: Int = 5 + ZVTAPDU.maxDataLength) {
        self.staleAfter = staleAfter
        self.maxAPDULength = maxAPDULength
        reassembler = ZVTTCPReassembler(maxAPDULength: maxAPDULength)
    }

    var deadline: ContinuousClock.Instant? {
        guard isInsideAPDU, let lastByteAt else { return nil }
        return lastByteAt + staleAfter
    }

    mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [ZVTTCPStreamEvent] {
        var events = flush(at: now)
        var skipped = 0
        var rest = bytes[...]
        while !rest.isEmpty {
            if discarding > 0 {
                let count = min(discarding, rest.count)
                discarding -= count
                skipped += count
                rest = rest.dropFirst(count)
            } else if let owed {
                let count = min(owed, rest.count)
                events += reassembler.feed(Array(rest.prefix(count))).map(ZVTTCPStreamEvent.apdu)
                rest = rest.dropFirst(count)
                self.owed = owed - count
                if owed == count {
                    endAPDU()
                }
            } else {
                skipped += skipJunk(&rest)
                if let byte = rest.first {
                    rest = rest.dropFirst()
                    events += feedHeader(byte, skipped: &skipped)
                }
            }
        }
        if skipped > 0 {
            events.append(.skipped(skipped))
        }
        if !bytes.isEmpty {
            lastByteAt = now
        }
        return events
    }

    mutating func flush(at now: ContinuousClock.Instant) -> [ZVTTCPStreamEvent] {
        guard let deadline, now > deadline else { return [] }
        let dropped = reassembler.bufferedByteCount + discarding
        reassembler = ZVTTCPReassembler(maxAPDULength: maxAPDULength)
        discarding = 0
        endAPDU()
        return dropped > 0 ? [.skipped(dropped)] : []
    }

    private var isInsideAPDU: Bool {
        !header.isEmpty || owed != nil || discarding > 0
    }

    private mutating func skipJunk(_ rest: inout ArraySlice<UInt8>) -> Int {
        guard header.isEmpty else { return 0 }
        let junk = rest.prefix { !Self.classBytes.contains($0) }.count
        rest = rest.dropFirst(junk)
        return junk
    }

    /// An APDU announcing more than the bound makes the reassembler drop what it holds; the
    /// rest of that APDU is then skipped by its announced length instead of read as new APDUs.
    private mutating func feedHeader(_ byte: UInt8, skipped: inout Int) -> [ZVTTCPStreamEvent] {
        header.append(byte)
        let droppedBefore = reassembler.droppedByteCount
        let apdus = reassembler.feed([byte])
        guard let length = ZVTAPDU.header(header[...]) else { return apdus.map(ZVTTCPStreamEvent.apdu) }
        let remaining = length.headerLength + length.dataLength - header.count
        if reassembler.droppedByteCount > droppedBefore {
            skipped += header.count
            endAPDU()
            discarding = remaining
        } else if remaining == 0 {
            endAPDU()
        } else {
            owed = remaining
        }
        return apdus.map(ZVTTCPStreamEvent.apdu)
    }

    private mutating func endAPDU() {
        header.removeAll(keepingCapacity: true)
        owed = nil
    }
}
