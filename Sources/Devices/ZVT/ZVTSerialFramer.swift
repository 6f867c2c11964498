/// Finds ZVT serial frames in the byte stream, checks their CRC and reports bare ACK/NAK.
///
/// Bytes outside a frame are skipped until the next DLE STX, so a terminal's non-ZVT banner
/// or stale bytes after a message cost nothing. A frame broken by a bad escape, by T1
/// silence or by overflow is reported once as `.badFrame` and the framer waits for the next
/// DLE STX; a DLE STX inside a frame restarts at once so a repeat after our NAK is not lost.
/// Memory never grows beyond `maxAPDULength` bytes.
public struct ZVTSerialFramer: ByteStreamDecoder, Sendable {
    /// T1 in PA00P016.
    public let interByteTimeout: Duration
    public let maxAPDULength: Int
    var state: State = .idle
    var body: [UInt8] = []
    private var lastByteAt: ContinuousClock.Instant?

    enum State: Sendable {
        case idle, sawDLE, body, bodyDLE, crcLow
        case crcHigh(low: UInt8)
    }

    /// The default bound fits the longest APDU an extended length can announce.
    public init(interByteTimeout: Duration = .milliseconds(200), maxAPDULength: Int = 5 + ZVTAPDU.maxDataLength) {
        self.interByteTimeout = interByteTimeout
        self.maxAPDULength = max(3, maxAPDULength)
    }

    /// Bytes held for an unfinished frame; never more than `maxAPDULength`.
    public var bufferedByteCount: Int { body.count }

    /// When T1 runs out for the frame in progress, so a reader can `flush` and NAK without
    /// waiting for another byte that may never come.
    public var deadline: ContinuousClock.Instant? {
        guard isInFrame, let lastByteAt else { return nil }
        return lastByteAt + interByteTimeout
    }

    public mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [ZVTSerialEvent] {
        var events = flush(at: now)
        for byte in bytes {
            if let event = consume(byte) {
                events.append(event)
            }
        }
        if !bytes.isEmpty {
            lastByteAt = now
        }
        return events
    }

    /// `now` is injected so tests cross T1 without sleeping. A lone DLE is forgotten silently:
    /// no frame had started, so there is nothing to NAK.
    public mutating func flush(at now: ContinuousClock.Instant) -> [ZVTSerialEvent] {
        guard let deadline, now > deadline else { return [] }
        let wasFrame = isInFrame && !isSawDLE
        reset()
        return wasFrame ? [.badFrame(.interByteTimeout)] : []
    }

    private var isInFrame: Bool {
        if case .idle = state { return false }
        return true
    }

    private var isSawDLE: Bool {
        if case .sawDLE = state { return true }
        return false
    }

    mutating func reset() {
        state = .idle
        body.removeAll(keepingCapacity: true)
    }
}
