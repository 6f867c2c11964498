@testable import Devices
import Testing

@Suite struct ZVTTCPReassemblerTests {
    static let status = ZVTAPDU(classByte: 0x04, instruction: 0x0F, data: [0x27, 0x00, 0x04, 0, 0, 0, 0, 0x01, 0x50])
    static let long = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: (0..<300).map { UInt8($0 & 0xFF) })

    @Test func oneAPDUInOneRead() {
        var reassembler = ZVTTCPReassembler()
        #expect(reassembler.feed(Self.status.encoded) == [Self.status])
        #expect(reassembler.bufferedByteCount == 0)
    }

    @Test func severalAPDUsInOneRead() {
        var reassembler = ZVTTCPReassembler()
        let bytes = ZVTAPDU.positiveReply.encoded + Self.status.encoded + Self.long.encoded
        #expect(reassembler.feed(bytes) == [.positiveReply, Self.status, Self.long])
    }

    @Test func splitAtEveryPositionOfAnExtendedLengthAPDU() {
        let bytes = Self.long.encoded + ZVTAPDU.positiveReply.encoded
        for cut in 0...bytes.count {
            var reassembler = ZVTTCPReassembler()
            let apdus = reassembler.feed(Array(bytes[..<cut])) + reassembler.feed(Array(bytes[cut...]))
            #expect(apdus == [Self.long, .positiveReply], "cut at \(cut)")
        }
    }

    @Test func splitInsideFFLoHi() {
        var reassembler = ZVTTCPReassembler()
        let bytes = Self.long.encoded
        #expect(reassembler.feed(Array(bytes[..<3])).isEmpty)
        #expect(reassembler.feed(Array(bytes[3..<4])).isEmpty)
        #expect(reassembler.feed(Array(bytes[4..<5])).isEmpty)
        #expect(reassembler.feed(Array(bytes[5...])) == [Self.long])
    }

    @Test func byteByByte() {
        var reassembler = ZVTTCPReassembler()
        let bytes = Self.status.encoded + Self.long.encoded
        #expect(bytes.flatMap { reassembler.feed([$0]) } == [Self.status, Self.long])
    }

    @Test func announcedLengthOverTheBoundIsDroppedNotBuffered() {
        var reassembler = ZVTTCPReassembler(maxAPDULength: 100)
        #expect(reassembler.feed(Self.long.encoded).isEmpty)
        #expect(reassembler.bufferedByteCount == 0)
        #expect(reassembler.droppedByteCount == Self.long.encoded.count)
        #expect(reassembler.feed(Self.status.encoded) == [Self.status])
    }

    @Test func heldBytesNeverExceedTheBound() {
        var reassembler = ZVTTCPReassembler(maxAPDULength: 64)
        var largest = 0
        for seed in 0..<2_000 {
            _ = reassembler.feed([UInt8(seed % 251), UInt8(seed % 7), 0xFF, 0xFF, 0xFF])
            largest = max(largest, reassembler.bufferedByteCount)
        }
        #expect(largest <= 64)
    }
}
