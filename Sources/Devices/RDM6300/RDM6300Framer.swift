/// Finds RDM6300 frames in the serial byte stream and turns each into a tap or a rejection.
///
/// Bytes outside a frame are skipped until the next STX. A frame broken by a byte that
/// cannot be in it (not a hex digit, no ETX at the end) is reported once and the framer waits
/// for the next STX; an STX inside a frame restarts the frame at once, so nothing is lost when
/// bytes were dropped. Memory never grows beyond one 13-byte frame body.
///
/// The reader repeats the frame about every 50 ms while a card is held. An identical frame
/// within `holdWindow` of the previous one is suppressed (the window slides with each repeat),
/// so a held card is one tap and the async side sees a handful of events, not twenty a
/// second; `InputGuard` folds what remains across readers and drivers.
public struct RDM6300Framer: ByteStreamDecoder, Sendable {
    public let holdWindow: Duration
    private var body: [UInt8] = []
    private var inFrame = false
    private var lastTap: (frame: [UInt8], seen: ContinuousClock.Instant)?
    private var lastRejection: (frame: [UInt8], seen: ContinuousClock.Instant)?

    public init(holdWindow: Duration = .milliseconds(500)) {
        self.holdWindow = holdWindow
        body.reserveCapacity(RDM6300Frame.bodyLength)
    }

    /// Bytes held for an unfinished frame; never more than 13.
    public var bufferedByteCount: Int { body.count }

    public mutating func feed(_ bytes: [UInt8]) -> [InputEvent.Payload] {
        feed(bytes, at: .now)
    }

    /// `now` is passed in so tests can hold a card without sleeping.
    public mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        var outputs: [InputEvent.Payload] = []
        for byte in bytes {
            if let output = consume(byte, at: now) {
                outputs.append(output)
            }
        }
        return outputs
    }

    private mutating func consume(_ byte: UInt8, at now: ContinuousClock.Instant) -> InputEvent.Payload? {
        if byte == RDM6300Frame.start {
            let wasInFrame = inFrame && !body.isEmpty
            body.removeAll(keepingCapacity: true)
            inFrame = true
            return wasInFrame ? deliver(nil, .rejected(RDM6300Frame.garbled("a frame was cut short")), at: now) : nil
        }
        guard inFrame else { return nil }
        body.append(byte)
        if body.count < RDM6300Frame.bodyLength {
            guard RDM6300Frame.hexValue(byte) != nil else {
                return abandon(.rejected(RDM6300Frame.garbled("byte \(hex(byte)) inside the frame")), at: now)
            }
            return nil
        }
        guard byte == RDM6300Frame.end else {
            return abandon(.rejected(RDM6300Frame.garbled("no ETX at the end")), at: now)
        }
        let frame = body
        body.removeAll(keepingCapacity: true)
        inFrame = false
        let payload: InputEvent.Payload
        switch RDM6300Frame.decode(frame.prefix(12)) {
        case .success(let uid): payload = .tap(uid)
        case .failure(let rejection): payload = .rejected(rejection)
        }
        return deliver(frame, payload, at: now)
    }

    private mutating func abandon(_ payload: InputEvent.Payload, at now: ContinuousClock.Instant) -> InputEvent.Payload? {
        body.removeAll(keepingCapacity: true)
        inFrame = false
        return deliver(nil, payload, at: now)
    }

    /// Suppresses a repeat of the same frame (or of a broken one: `frame` nil) within the
    /// hold window. Taps and rejections are tracked apart, so one glitch while a card is held
    /// does not turn the rest of the hold into a second tap.
    private mutating func deliver(_ frame: [UInt8]?, _ payload: InputEvent.Payload, at now: ContinuousClock.Instant) -> InputEvent.Payload? {
        let key = frame ?? []
        if case .tap = payload {
            defer { lastTap = (key, now) }
            return isRepeat(key, of: lastTap, at: now) ? nil : payload
        }
        defer { lastRejection = (key, now) }
        return isRepeat(key, of: lastRejection, at: now) ? nil : payload
    }

    private func isRepeat(_ key: [UInt8], of last: (frame: [UInt8], seen: ContinuousClock.Instant)?, at now: ContinuousClock.Instant) -> Bool {
        guard let last else { return false }
        return last.frame == key && now - last.seen < holdWindow
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
