import Devices
import Testing

@Suite struct RDM6300FramerTests {
    /// hardware.md: version 62, tag E3086CED, checksum 08.
    static let frame: [UInt8] = [0x02, 0x36, 0x32, 0x45, 0x33, 0x30, 0x38, 0x36, 0x43, 0x45, 0x44, 0x30, 0x38, 0x03]
    static let tag = InputEvent.Payload.tap(PassUID(bytes: [0xE3, 0x08, 0x6C, 0xED]))
    private let start = ContinuousClock.now

    static func frame(_ digits: String) -> [UInt8] {
        [0x02] + Array(digits.utf8) + [0x03]
    }

    private func isRejection(_ payload: InputEvent.Payload?, _ code: InputRejection.Code = .checksum) -> Bool {
        guard case .rejected(let rejection) = payload else { return false }
        return rejection.code == code
    }

    @Test func hardwareVectorIsATapOfTheFourTagBytes() {
        var framer = RDM6300Framer()
        #expect(framer.feed(Self.frame, at: start) == [Self.tag])
        #expect(framer.bufferedByteCount == 0)
    }

    @Test func junkBeforeSTXIsSkipped() {
        var framer = RDM6300Framer()
        #expect(framer.feed([0x00, 0xFF, 0x41, 0x03, 0x0D] + Self.frame, at: start) == [Self.tag])
    }

    @Test func frameSplitAcrossChunksIsJoined() {
        var framer = RDM6300Framer()
        #expect(framer.feed(Array(Self.frame[..<5]), at: start).isEmpty)
        #expect(framer.feed(Array(Self.frame[5..<13]), at: start).isEmpty)
        #expect(framer.feed(Array(Self.frame[13...]), at: start) == [Self.tag])
    }

    @Test func lowercaseHexIsAccepted() {
        var framer = RDM6300Framer()
        #expect(framer.feed(Self.frame("62e3086ced08"), at: start) == [Self.tag])
    }

    @Test func badChecksumIsOneRejectionThenAGoodFrameWorks() {
        var framer = RDM6300Framer()
        let bad = framer.feed(Self.frame("62E3086CED09"), at: start)
        #expect(bad.count == 1)
        #expect(isRejection(bad.first))
        #expect(framer.feed(Self.frame, at: start + .milliseconds(50)) == [Self.tag])
    }

    @Test func heldCardIsOneTap() {
        var framer = RDM6300Framer()
        var outputs: [InputEvent.Payload] = []
        for repeatIndex in 0..<20 {
            outputs += framer.feed(Self.frame, at: start + .milliseconds(50 * repeatIndex))
        }
        #expect(outputs == [Self.tag])
        #expect(framer.feed(Self.frame, at: start + .milliseconds(950 + 600)) == [Self.tag])
    }

    @Test func aGlitchWhileHoldingDoesNotMakeASecondTap() {
        var framer = RDM6300Framer()
        var outputs = framer.feed(Self.frame, at: start)
        outputs += framer.feed(Self.frame("62E3086CED09"), at: start + .milliseconds(50))
        outputs += framer.feed(Self.frame, at: start + .milliseconds(100))
        #expect(outputs.count == 2)
        #expect(outputs.first == Self.tag)
        #expect(isRejection(outputs.last))
    }

    @Test func anotherCardIsATapAtOnce() {
        var framer = RDM6300Framer()
        let other = Self.frame("0100000001" + "00")
        #expect(framer.feed(Self.frame + other, at: start) == [Self.tag, .tap(PassUID(bytes: [0, 0, 0, 1]))])
    }

    @Test func nonHexByteInsideAFrameIsRejectedAndTheFramerResyncs() {
        var framer = RDM6300Framer()
        let outputs = framer.feed([0x02, 0x36, 0x32, 0x0D, 0x45] + Self.frame, at: start)
        #expect(outputs.count == 2)
        #expect(isRejection(outputs.first))
        #expect(outputs.last == Self.tag)
    }

    @Test func missingETXIsRejected() {
        var framer = RDM6300Framer()
        var broken = Self.frame
        broken[13] = 0x0D
        let outputs = framer.feed(broken + Self.frame, at: start)
        #expect(outputs.count == 2)
        #expect(isRejection(outputs.first))
        #expect(outputs.last == Self.tag)
    }

    @Test func stxInsideAFrameRestartsIt() {
        var framer = RDM6300Framer()
        let outputs = framer.feed(Array(Self.frame[..<7]) + Self.frame, at: start)
        #expect(outputs.count == 2)
        #expect(isRejection(outputs.first))
        #expect(outputs.last == Self.tag)
    }

    @Test func endlessNoiseNeverGrowsTheBufferAndRejectsBoundedly() {
        var framer = RDM6300Framer()
        var outputs: [InputEvent.Payload] = []
        for chunk in 0..<100 {
            outputs += framer.feed([0x02] + Array(repeating: UInt8(ascii: "A"), count: 40), at: start + .milliseconds(chunk))
            #expect(framer.bufferedByteCount <= 13)
        }
        #expect(outputs.count == 1)
        #expect(isRejection(outputs.first))
        #expect(framer.feed(Array(repeating: 0x41, count: 10_000), at: start).isEmpty)
        #expect(framer.bufferedByteCount == 0)
    }
}
