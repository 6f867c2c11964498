import Testing
@testable import KioskKit

@Suite struct KeyDecoderTests {
    static func decode(_ bytes: [UInt8]) -> [ConsoleKey] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    @Test func plainDigitsEnterAndBackspace() {
        #expect(Self.decode(Array("0189".utf8)) == [.digit(0), .digit(1), .digit(8), .digit(9)])
        #expect(Self.decode([0x0D]) == [.enter])
        #expect(Self.decode([0x0A]) == [.enter])
        #expect(Self.decode([0x0D, 0x0A]) == [.enter])
        #expect(Self.decode([0x0D, 0x0D]) == [.enter, .enter])
        #expect(Self.decode([0x7F, 0x08]) == [.backspace, .backspace])
        #expect(Self.decode([0x1B, 0x5B, 0x33, 0x7E]) == [.backspace])
        #expect(Self.decode([0x03]) == [.interrupt])
    }

    @Test func applicationKeypadSequences() {
        let digits = (0...9).flatMap { [0x1B, UInt8(ascii: "O"), UInt8(ascii: "p") + UInt8($0)] }
        #expect(Self.decode(digits) == (0...9).map { .digit($0) })
        #expect(Self.decode(Array("\u{1B}OM".utf8)) == [.enter])
        #expect(Self.decode(Array("\u{1B}Ok\u{1B}Om\u{1B}Oj\u{1B}Oo\u{1B}On".utf8)) == ["+", "-", "*", "/", "."].map { .symbol($0) })
    }

    @Test func numericKeypadSymbols() {
        #expect(Self.decode(Array("+-*/.,".utf8)) == ["+", "-", "*", "/", ".", "."].map { .symbol($0) })
    }

    @Test func sequencesSplitAcrossReads() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.isPending)
        #expect(decoder.feed([UInt8(ascii: "O")]).isEmpty)
        #expect(decoder.feed([UInt8(ascii: "q"), UInt8(ascii: "5")]) == [.digit(1), .digit(5)])
        #expect(decoder.feed([0x1B, 0x5B]).isEmpty)
        #expect(decoder.feed([0x33]).isEmpty)
        #expect(decoder.feed([0x7E]) == [.backspace])
        #expect(!decoder.isPending)
        #expect(decoder.feed([0xE2, 0x82]) == [.other])
        #expect(decoder.feed([0xAC, UInt8(ascii: "7")]) == [.digit(7)])
    }

    @Test func aLoneEscapeIsFlushedAsOneKey() {
        var decoder = KeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.flush() == [.other])
        #expect(decoder.feed(Array("3".utf8)) == [.digit(3)])
        #expect(decoder.flush().isEmpty)
    }

    @Test func garbageIsBoundedAndNeverSwallowsTheKeysAfterIt() {
        let arrow = Self.decode(Array("\u{1B}[A4".utf8))
        #expect(arrow == [.other, .digit(4)])
        let endless = [0x1B, 0x5B] + [UInt8](repeating: UInt8(ascii: "1"), count: 100) + Array("2".utf8)
        let keys = Self.decode(endless)
        #expect(keys.first == .other)
        #expect(keys.count < 100)
        #expect(Self.decode(Array("é8".utf8)) == [.other, .digit(8)])
        #expect(Self.decode([0x80, 0xFF, UInt8(ascii: "9")]) == [.digit(9)])
        #expect(Self.decode(Array("a\u{1B}x5".utf8)) == [.other, .other, .digit(5)])
    }

    @Test func randomBytesNeverCrashOrHang() {
        var generator = SystemRandomNumberGenerator()
        var decoder = KeyDecoder()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let keys = decoder.feed(bytes)
            #expect(keys.count <= bytes.count)
        }
        _ = decoder.flush()
        #expect(!decoder.isPending)
    }
}
