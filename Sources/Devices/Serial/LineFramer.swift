/// Splits a scanner's byte stream into lines and decodes each into a code or a rejection.
///
/// Any CR or LF ends a line whatever terminator is configured, and zero-length lines are
/// ignored: a scanner set to CRLF while the config says CR (or the reverse) then still yields
/// exactly one code per scan instead of a bogus empty one. Memory is bounded by
/// `maxCodeLength`: an over-long line is dropped whole as soon as it overflows, reported once,
/// and everything up to the next terminator is discarded, so a stream with no terminator at all
/// never grows the buffer.
public struct LineFramer: ByteStreamDecoder, Sendable {
    public let terminator: LineTerminator
    public let maxCodeLength: Int
    private var line: [UInt8] = []
    private var discarding = false

    public init(terminator: LineTerminator = .cr, maxCodeLength: Int = 256) {
        self.terminator = terminator
        self.maxCodeLength = max(1, maxCodeLength)
        line.reserveCapacity(self.maxCodeLength)
    }

    public init(descriptor: DeviceDescriptor) {
        self.init(terminator: descriptor.terminator, maxCodeLength: descriptor.maxCodeLength)
    }

    /// Bytes currently held for an unterminated line; never more than `maxCodeLength`.
    public var bufferedByteCount: Int { line.count }

    public mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        feed(bytes)
    }

    public mutating func feed(_ bytes: [UInt8]) -> [InputEvent.Payload] {
        var frames: [InputEvent.Payload] = []
        for byte in bytes {
            if let frame = consume(byte) {
                frames.append(frame)
            }
        }
        return frames
    }

    private mutating func consume(_ byte: UInt8) -> InputEvent.Payload? {
        if byte == 0x0D || byte == 0x0A {
            return endLine()
        }
        if discarding {
            return nil
        }
        guard line.count < maxCodeLength else {
            line.removeAll(keepingCapacity: true)
            discarding = true
            return .rejected(Self.tooLong(maxCodeLength, terminator))
        }
        line.append(byte)
        return nil
    }

    private mutating func endLine() -> InputEvent.Payload? {
        defer {
            line.removeAll(keepingCapacity: true)
            discarding = false
        }
        guard !discarding, !line.isEmpty else { return nil }
        return Self.decode(line)
    }
}
