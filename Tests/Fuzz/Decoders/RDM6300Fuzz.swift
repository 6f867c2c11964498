@testable import Devices

/// An RDM6300 reader's byte stream: STX, twelve hex digits, ETX, with junk and cut frames in
/// between. Option bytes pick the read size and the time between reads, so the hold window
/// both swallows and lets through repeats.
///
/// Promises: the framer never holds more than one frame body; a tap is a 4-byte UID, and its
/// frame made again by the encoder reads back as the same tap.
enum RDM6300Fuzz {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzBytes(bytes)
        let readSize = 1 + Int(input.byte() % 32)
        let gap = Duration.milliseconds(Int(input.byte()) * 4)
        var framer = RDM6300Framer()
        var now = ContinuousClock.now
        var payloads: [InputEvent.Payload] = []
        for chunk in FuzzBytes.chunks(input.remaining, size: readSize) {
            now += gap
            payloads += framer.feed(chunk, at: now)
            require(framer.bufferedByteCount <= RDM6300Frame.bodyLength, "the framer holds \(framer.bufferedByteCount) bytes")
        }
        for payload in payloads {
            DeviceChecks.guarded(payload, role: .pass)
            switch payload {
            case .tap(let uid):
                require(uid.bytes.count == 4, "a tap of \(uid.bytes.count) bytes")
                guard let frame = RDM6300Frame.encode(tag: uid) else { fatalError("no frame for \(uid.bytes)") }
                var again = RDM6300Framer()
                let read = again.feed(frame, at: now)
                require(read == [.tap(uid)], "the frame of \(uid.bytes) reads as \(read)")
            case .rejected(let rejection):
                DeviceChecks.check(rejection)
            case .code, .button:
                fatalError("an RDM6300 reader produced \(payload)")
            }
        }
    }
}
