@testable import Devices

/// The evdev stream: bytes as read from `/dev/input/event*`, cut into records and typed under a
/// keyboard layout. Option bytes pick the layout, the code length limit, whether the scanner
/// sends a suffix, whether the payload is whole records or compact events, the read size and
/// how many reads pass between pauses long enough to end a code (none for 0).
///
/// Promises: records are cut exactly (what comes out re-encodes to what went in, the tail is
/// below one record); a code is never longer than the limit; a code the guard lets through has
/// no control character; and a code typed again by the keystroke encoder decodes to itself.
enum EvdevFuzz {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzBytes(bytes)
        let options = input.byte()
        let layout = KeyboardLayout.all[Int(options) % KeyboardLayout.all.count]
        let suffixTimeout: Duration? = options & 0x80 != 0 ? .milliseconds(80) : nil
        let maxLength = 1 + Int(input.byte() % 64)
        let readSize = 1 + Int(input.byte())
        let pauseEvery = Int(input.byte())
        let stream = options & 0x40 != 0 ? expand(input.remaining) : input.remaining
        checkRecords(stream, readSize: readSize)

        var decoder = EvdevStreamDecoder(keyboard: KeyboardDecoder(layout: layout, maxCodeLength: maxLength, suffixTimeout: suffixTimeout))
        var now = ContinuousClock.now
        var payloads: [InputEvent.Payload] = []
        for (index, chunk) in FuzzBytes.chunks(stream, size: readSize).enumerated() {
            now += .milliseconds(5)
            payloads += decoder.feed(chunk, at: now)
            if pauseEvery > 0, index % pauseEvery == pauseEvery - 1 {
                now += .seconds(3)
                payloads += decoder.flush(at: now)
            }
        }
        payloads += decoder.flush(at: now + .seconds(60))
        for code in DeviceChecks.codes(payloads) {
            require(!code.raw.isEmpty, "an empty code")
            require(code.raw.count <= maxLength, "a code of \(code.raw.count) characters past the limit of \(maxLength)")
            retype(code.raw, layout: layout)
        }
    }

    /// Three bytes per event (kind, code, value), made into whole records: key sequences such as
    /// Alt + keypad digits or dead keys are then a few bytes apart for the fuzzer, not 24-byte
    /// records it would have to align.
    static func expand(_ compact: [UInt8]) -> [UInt8] {
        let kinds: [UInt16] = [EvdevKeyCode.eventKey, EvdevKeyCode.eventSync, 4]
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: compact.count - 2, by: 3) {
            let type = kinds[Int(compact[index]) % kinds.count]
            let value = Int32(compact[index + 2] % 3)
            bytes += InputEventRecord(type: type, code: UInt16(compact[index + 1]), value: value).bytes
        }
        return bytes
    }

    /// Whatever the read size, the parser yields every whole record once, byte for byte.
    static func checkRecords(_ stream: [UInt8], readSize: Int) {
        var parser = InputEventRecordParser()
        var records: [InputEventRecord] = []
        for chunk in FuzzBytes.chunks(stream, size: readSize) {
            records += parser.feed(chunk)
            require(parser.pendingByteCount < InputEventRecord.size, "the parser holds \(parser.pendingByteCount) bytes")
        }
        require(records.count == stream.count / InputEventRecord.size, "\(records.count) records from \(stream.count) bytes")
        require(records.flatMap(\.bytes) == Array(stream.prefix(records.count * InputEventRecord.size)), "a record does not re-encode to its bytes")
    }

    /// The encoder types `text` as a scanner set to `layout` would; the decoder must read it back.
    static func retype(_ text: String, layout: KeyboardLayout) {
        guard let typed = try? EvdevKeystrokeEncoder(layout: layout).encode(text) else { return }
        var decoder = EvdevStreamDecoder(keyboard: KeyboardDecoder(layout: layout, maxCodeLength: 512))
        let again = decoder.feed(typed, at: .now)
        require(again == [.code(ScannedCode(raw: text))], "\(layout.name): \(Array(text.unicodeScalars)) typed again decodes to \(again)")
    }
}
