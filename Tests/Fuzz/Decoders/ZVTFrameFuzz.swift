@testable import Devices

/// The ZVT transports: serial frames (DLE stuffing, CRC-16/KERMIT, T1) and the TCP stream
/// (bare APDUs after a banner or junk). The first option byte picks the transport and a small
/// APDU limit, the second the read size, the third the time between reads.
///
/// Promises: buffers stay within the APDU limit; an APDU that comes out fits the limit, and
/// sent again (framed by the encoder, or as its bare bytes) reads back as itself; a TCP skip
/// counts at least one byte.
enum ZVTFrameFuzz {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzBytes(bytes)
        let options = input.byte()
        let readSize = 1 + Int(input.byte() % 64)
        let gap = Duration.milliseconds(Int(input.byte()))
        let limit = options & 0x40 != 0 ? 3 + Int(options & 0x3F) : 5 + ZVTAPDU.maxDataLength
        let chunks = FuzzBytes.chunks(input.remaining, size: readSize)
        if options & 0x80 == 0 {
            serial(chunks, gap: gap, limit: limit)
        } else {
            tcp(chunks, gap: gap, limit: limit)
        }
    }

    static func serial(_ chunks: [[UInt8]], gap: Duration, limit: Int) {
        var framer = ZVTSerialFramer(maxAPDULength: limit)
        var now = ContinuousClock.now
        var events: [ZVTSerialEvent] = []
        for chunk in chunks {
            now += gap
            events += framer.feed(chunk, at: now)
            require(framer.bufferedByteCount <= limit, "the framer holds \(framer.bufferedByteCount) bytes, limit \(limit)")
        }
        events += framer.flush(at: now + .seconds(1))
        for case .frame(let apdu) in events {
            require(apdu.encoded.count <= limit, "an APDU of \(apdu.encoded.count) bytes, limit \(limit)")
            var again = ZVTSerialFramer(maxAPDULength: limit)
            let read = again.feed(ZVTSerialFrame.encode(apdu), at: now)
            require(read == [.frame(apdu)], "\(apdu) framed again reads as \(read)")
        }
    }

    static func tcp(_ chunks: [[UInt8]], gap: Duration, limit: Int) {
        var decoder = ZVTTCPStreamDecoder(staleAfter: .milliseconds(100), maxAPDULength: limit)
        var now = ContinuousClock.now
        var events: [ZVTTCPStreamEvent] = []
        for chunk in chunks {
            now += gap
            events += decoder.feed(chunk, at: now)
        }
        events += decoder.flush(at: now + .seconds(1))
        for event in events {
            switch event {
            case .apdu(let apdu):
                require(apdu.encoded.count <= limit, "an APDU of \(apdu.encoded.count) bytes, limit \(limit)")
                require(ZVTAPDU.parse(apdu.encoded) == .complete(apdu, consumed: apdu.encoded.count), "\(apdu) does not parse back")
                var again = ZVTTCPStreamDecoder(staleAfter: .milliseconds(100), maxAPDULength: limit)
                let read = again.feed(apdu.encoded, at: now)
                require(read == [.apdu(apdu)], "\(apdu) sent again reads as \(read)")
            case .skipped(let count):
                require(count >= 1, "a skip of \(count) bytes")
            }
        }
    }
}
