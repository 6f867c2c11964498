@testable import Devices
import Testing

@Suite struct ZVTSerialFramerTests {
    private let start = ContinuousClock.now
    static let abort = ZVTVectors.bytes(ZVTVectors.abort)
    static let abortAPDU = ZVTAPDU(classByte: 0x06, instruction: 0xB0)

    @Test func bannerBeforeDLESTXIsSkipped() {
        var framer = ZVTSerialFramer()
        let banner = Array("Welcome to PT v1.2\r\n".utf8) + [0x10, 0x41]
        #expect(framer.feed(banner + Self.abort, at: start) == [.frame(Self.abortAPDU)])
    }

    @Test func badCRCIsABadFrameAndTheNextGoodOneDecodes() {
        var framer = ZVTSerialFramer()
        var broken = Self.abort
        broken[broken.count - 1] ^= 0x01
        #expect(framer.feed(broken, at: start) == [.badFrame(.badCRC(expected: 0xF343, received: 0xF243))])
        #expect(framer.feed(Self.abort, at: start) == [.frame(Self.abortAPDU)])
    }

    @Test func dleFollowedByAnotherByteDropsTheFrame() {
        var framer = ZVTSerialFramer()
        let broken: [UInt8] = [0x10, 0x02, 0x06, 0xB0, 0x10, 0x41, 0x00, 0x10, 0x03, 0x43, 0xF3]
        #expect(framer.feed(broken, at: start) == [.badFrame(.unexpectedEscape(0x41))])
        #expect(framer.feed(Self.abort, at: start) == [.frame(Self.abortAPDU)])
    }

    @Test func dleSTXInsideAFrameRestartsIt() {
        var framer = ZVTSerialFramer()
        let cut: [UInt8] = [0x10, 0x02, 0x06, 0x01]
        #expect(framer.feed(cut + Self.abort, at: start) == [.badFrame(.unexpectedEscape(0x02)), .frame(Self.abortAPDU)])
    }

    @Test func t1GapInsideAFrameDropsIt() {
        var framer = ZVTSerialFramer()
        #expect(framer.feed(Array(Self.abort[..<4]), at: start).isEmpty)
        let late = framer.feed(Array(Self.abort[4...]), at: start + .milliseconds(201))
        #expect(late == [.badFrame(.interByteTimeout)])
        #expect(framer.feed(Self.abort, at: start + .milliseconds(300)) == [.frame(Self.abortAPDU)])
    }

    @Test func gapOfExactly200msIsStillInTime() {
        var framer = ZVTSerialFramer()
        var time = start
        var events: [ZVTSerialEvent] = []
        for byte in Self.abort {
            events += framer.feed([byte], at: time)
            time += .milliseconds(200)
        }
        #expect(events == [.frame(Self.abortAPDU)])
    }

    @Test func deadlineAndFlushReportT1WithoutAnotherByte() {
        var framer = ZVTSerialFramer()
        #expect(framer.deadline == nil)
        _ = framer.feed(Array(Self.abort[..<3]), at: start)
        #expect(framer.deadline == start + .milliseconds(200))
        #expect(framer.flush(at: start + .milliseconds(150)).isEmpty)
        #expect(framer.flush(at: start + .milliseconds(250)) == [.badFrame(.interByteTimeout)])
        #expect(framer.deadline == nil)
        #expect(framer.bufferedByteCount == 0)
    }

    @Test func loneDLEBeforeSilenceIsForgottenQuietly() {
        var framer = ZVTSerialFramer()
        _ = framer.feed([0x10], at: start)
        #expect(framer.flush(at: start + .seconds(1)).isEmpty)
    }

    @Test func bareACKAndNAKOutsideAFrame() {
        var framer = ZVTSerialFramer()
        #expect(framer.feed([0x06], at: start) == [.ack])
        #expect(framer.feed([0x15, 0x00, 0x06], at: start) == [.nak, .ack])
    }

    @Test func ackByteInsideAFrameIsData() {
        var framer = ZVTSerialFramer()
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD1, data: [0x06, 0x15])
        #expect(framer.feed([0x06] + ZVTSerialFrame.encode(apdu) + [0x06], at: start) == [.ack, .frame(apdu), .ack])
    }

    @Test func frameSplitAtEveryPositionDecodesOnce() {
        for hex in ZVTVectors.all {
            let frame = ZVTVectors.bytes(hex)
            for cut in 0...frame.count {
                var framer = ZVTSerialFramer()
                let events = framer.feed(Array(frame[..<cut]), at: start) + framer.feed(Array(frame[cut...]), at: start)
                #expect(events.count == 1, "cut at \(cut) of \(hex)")
                guard case .frame = events.first else {
                    Issue.record("no frame for cut at \(cut) of \(hex)")
                    continue
                }
            }
        }
    }

    @Test func byteByByteFeedDecodes() {
        var framer = ZVTSerialFramer()
        let frame = ZVTVectors.bytes(ZVTVectors.authorization110)
        let events = frame.flatMap { framer.feed([$0], at: start) }
        #expect(events.count == 1)
    }

    @Test func twoFramesInOneFeed() {
        var framer = ZVTSerialFramer()
        let bytes = ZVTVectors.bytes(ZVTVectors.positiveReply) + Self.abort
        #expect(framer.feed(bytes, at: start) == [.frame(.positiveReply), .frame(Self.abortAPDU)])
    }

    @Test func staleBytesAfterAFrameAreIgnored() {
        var framer = ZVTSerialFramer()
        #expect(framer.feed(Self.abort + [0x00, 0xFF, 0x43, 0x03], at: start) == [.frame(Self.abortAPDU)])
        #expect(framer.bufferedByteCount == 0)
        #expect(framer.feed(Self.abort, at: start) == [.frame(Self.abortAPDU)])
    }

    @Test func lengthFieldDisagreeingWithTheFrameIsABadFrame() {
        let apdu: [UInt8] = [0x06, 0xB0, 0x01]
        let crc = CRC16Kermit.checksum(apdu + [0x03])
        var framer = ZVTSerialFramer()
        let frame = [0x10, 0x02] + apdu + [0x10, 0x03, UInt8(crc & 0xFF), UInt8(crc >> 8)]
        #expect(framer.feed(frame, at: start) == [.badFrame(.lengthMismatch)])
    }

    @Test func extendedLengthFrameOverSerial() {
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: (0..<300).map { UInt8($0 & 0xFF) })
        var framer = ZVTSerialFramer()
        #expect(framer.feed(ZVTSerialFrame.encode(apdu), at: start) == [.frame(apdu)])
    }

    @Test func overlongFrameIsDroppedAndTheFramerResyncs() {
        var framer = ZVTSerialFramer(maxAPDULength: 64)
        let events = framer.feed([0x10, 0x02] + Array(repeating: 0x41, count: 100), at: start)
        #expect(events == [.badFrame(.overflow)])
        #expect(framer.bufferedByteCount == 0)
        #expect(framer.feed(Self.abort, at: start) == [.frame(Self.abortAPDU)])
    }

    @Test func endlessNoiseNeverGrowsTheBuffer() {
        var framer = ZVTSerialFramer(maxAPDULength: 512)
        var generator = SystemRandomNumberGenerator()
        var largest = 0
        for _ in 0..<200 {
            let chunk = (0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = framer.feed(chunk, at: start)
            largest = max(largest, framer.bufferedByteCount)
        }
        _ = framer.feed([0x10, 0x02] + Array(repeating: 0x55, count: 5_000), at: start)
        #expect(largest <= 512)
        #expect(framer.bufferedByteCount <= 512)
    }
}
