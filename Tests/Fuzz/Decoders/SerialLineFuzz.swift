@testable import Devices

/// A serial scanner or pass reader's line framing, then the pass reader's UID formats on each
/// line. Option bytes pick the terminator, the length limit and the read size.
///
/// Promises: a code is printable ASCII (or GS) with no blank at either end, within the limit;
/// the framer never holds more than the limit; a code sent again with its terminator frames to
/// itself; a UID read in any format is as long as the card, and renders back to a line that
/// reads as the same UID.
enum SerialLineFuzz {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzBytes(bytes)
        let terminator = LineTerminator.allCases[Int(input.byte()) % LineTerminator.allCases.count]
        let maxLength = 1 + Int(input.byte())
        let readSize = 1 + Int(input.byte() % 32)
        var framer = LineFramer(terminator: terminator, maxCodeLength: maxLength)
        var payloads: [InputEvent.Payload] = []
        for chunk in FuzzBytes.chunks(input.remaining, size: readSize) {
            payloads += framer.feed(chunk)
            require(framer.bufferedByteCount <= maxLength, "the framer holds \(framer.bufferedByteCount) bytes, limit \(maxLength)")
        }
        for code in DeviceChecks.codes(payloads) {
            let utf8 = Array(code.raw.utf8)
            require(!utf8.isEmpty && utf8.count <= maxLength, "a code of \(utf8.count) bytes, limit \(maxLength)")
            require(utf8.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x1D }, "a code with a byte outside printable ASCII and GS")
            require(utf8.first != 0x20 && utf8.last != 0x20, "a code with a blank at an end")
            var again = LineFramer(terminator: terminator, maxCodeLength: maxLength)
            let reframed = again.feed(utf8 + terminator.bytes)
            require(reframed == [.code(code)], "\(code.raw) sent again frames to \(reframed)")
            passLine(code)
        }
    }

    static func passLine(_ code: ScannedCode) {
        for format in UIDFormat.allCases {
            for length in [3, 4, 7] {
                switch PassLineInterpreter.interpret(code, format: format, length: length) {
                case .success(let uid):
                    require(uid.bytes.count == format.carriedByteCount(forCardLength: length), "\(format) read \(uid.bytes.count) bytes for a \(length)-byte card")
                    guard let line = format.render(uid) else {
                        fatalError("\(format) read a UID it cannot render: \(uid.bytes)")
                    }
                    let again = format.parse(line, length: length)
                    require(again == .success(uid), "\(format) renders \(uid.bytes) as \(line), which reads as \(again)")
                case .failure(let rejection):
                    DeviceChecks.check(rejection)
                }
            }
        }
    }
}
