@testable import Devices
import Testing

@Suite struct LineFramerTests {
    private func frames(_ text: String, _ terminator: LineTerminator = .cr) -> [InputEvent.Payload] {
        var framer = LineFramer(terminator: terminator)
        return framer.feed(Array(text.utf8))
    }

    private func codes(of payloads: [InputEvent.Payload]) -> [InputRejection.Code?] {
        payloads.map {
            if case .rejected(let rejection) = $0 { rejection.code } else { nil }
        }
    }

    @Test(arguments: [
        (LineTerminator.cr, "0027314141\r"),
        (.lf, "0027314141\n"),
        (.crlf, "0027314141\r\n"),
    ])
    func eachTerminatorEndsACode(terminator: LineTerminator, input: String) {
        #expect(frames(input, terminator) == [.code("0027314141")])
    }

    @Test(arguments: LineTerminator.allCases)
    func mismatchedTerminatorsNeverProduceBogusCodes(configured: LineTerminator) {
        let input = "111\r\n222\r333\n\n444\r\n"
        #expect(frames(input, configured) == [.code("111"), .code("222"), .code("333"), .code("444")])
    }

    @Test func splitChunksAreJoined() {
        var framer = LineFramer(terminator: .crlf)
        var out: [InputEvent.Payload] = []
        for byte in Array("4006381333931\r\n".utf8) {
            out += framer.feed([byte])
        }
        #expect(out == [.code("4006381333931")])
    }

    @Test func tenKilobyteLineIsDroppedOnceThenNextLineWorks() {
        var framer = LineFramer(terminator: .cr, maxCodeLength: 256)
        var out: [InputEvent.Payload] = []
        let long = [UInt8](repeating: UInt8(ascii: "7"), count: 10_000)
        for chunk in stride(from: 0, to: long.count, by: 333) {
            out += framer.feed(Array(long[chunk..<min(chunk + 333, long.count)]))
        }
        out += framer.feed(Array("\r0027314141\r".utf8))
        #expect(codes(of: out) == [.tooLong, nil])
        #expect(out.last == .code("0027314141"))
        if case .rejected(let rejection) = out.first {
            #expect(rejection.message.contains("256"))
            #expect(rejection.message.contains("suffix"))
        }
    }

    @Test func lineOfExactlyTheLimitIsAccepted() {
        var framer = LineFramer(terminator: .cr, maxCodeLength: 8)
        #expect(framer.feed(Array("12345678\r123456789\r".utf8)).count == 2)
        #expect(framer.feed(Array("12345678\r".utf8)) == [.code("12345678")])
    }

    @Test func endlessStreamStaysBounded() {
        var framer = LineFramer(terminator: .cr, maxCodeLength: 256)
        let chunk = [UInt8](repeating: UInt8(ascii: "A"), count: 4096)
        var rejections = 0
        for _ in 0..<256 {
            rejections += framer.feed(chunk).count
            #expect(framer.bufferedByteCount <= 256)
        }
        #expect(rejections == 1)
    }

    @Test func binaryGarbageIsRejected() {
        let out = LineFramer.decode([0xFF, 0x13, 0x80, 0x41, 0xC3])
        #expect(codes(of: [out]) == [.binary])
        #expect(codes(of: [LineFramer.decode([0, 0, 0x41, 0, 0x42])]) == [.binary])
    }

    @Test func controlCharactersAreRejected() {
        #expect(codes(of: frames("abc\u{07}def\r")) == [.controlCharacters])
        #expect(codes(of: frames("12\u{00}34\r")) == [.controlCharacters])
        #expect(codes(of: frames("\u{1B}[A123\r")) == [.controlCharacters])
    }

    @Test func groupSeparatorIsPartOfACode() {
        let gs1 = "]d2011231231231233310ABC123\u{1D}99TESTING"
        #expect(frames(gs1 + "\r") == [.code(ScannedCode(raw: gs1))])
    }

    @Test func whitespaceOnlyIsEmptyAndSurroundingBlanksAreTrimmed() {
        #expect(codes(of: frames("   \r\t \r")) == [.empty, .empty])
        #expect(frames("  0027314141\t \r") == [.code("0027314141")])
        #expect(frames("12 34\r") == [.code("12 34")])
    }

    @Test func bareTerminatorsAreSilentlyIgnored() {
        #expect(frames("\r\n\r\n\n\r").isEmpty)
    }

    @Test func everyRejectionSaysWhatToDo() {
        let lines: [[UInt8]] = [[0x20], [0x41, 0x07], [0xFF, 0xFE]]
        for line in lines {
            guard case .rejected(let rejection) = LineFramer.decode(line) else {
                Issue.record("expected a rejection for \(line)")
                continue
            }
            #expect(rejection.message.contains("—"))
        }
    }
}
