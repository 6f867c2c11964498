@testable import Devices
import Testing

@Suite struct ZVTAPDUTests {
    @Test func shortLengthEncoding() {
        let apdu = ZVTAPDU(classByte: 0x05, instruction: 0x01, data: [0x12, 0x34, 0x56])
        #expect(apdu.encoded == [0x05, 0x01, 0x03, 0x12, 0x34, 0x56])
    }

    @Test func lengthOf254StaysShort() {
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: Array(repeating: 0x41, count: 254))
        #expect(apdu.encoded.prefix(3) == [0x06, 0xD3, 0xFE])
        #expect(apdu.encoded.count == 257)
    }

    @Test func lengthOf255UsesExtendedLength() {
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: Array(repeating: 0x41, count: 255))
        #expect(apdu.encoded.prefix(5) == [0x06, 0xD3, 0xFF, 0xFF, 0x00])
    }

    @Test func extendedLength300RoundTrips() {
        let data = (0..<300).map { UInt8($0 & 0xFF) }
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: data)
        #expect(apdu.encoded.prefix(5) == [0x06, 0xD3, 0xFF, 0x2C, 0x01])
        #expect(ZVTAPDU.parse(apdu.encoded) == .complete(apdu, consumed: 305))
    }

    @Test func parseReadsByLengthNotBufferSize() {
        let bytes: [UInt8] = [0x80, 0x00, 0x00, 0x06, 0x1E, 0x01, 0x6C]
        #expect(ZVTAPDU.parse(bytes) == .complete(.positiveReply, consumed: 3))
    }

    @Test func parseNeedsMoreInsideHeaderOrData() {
        #expect(ZVTAPDU.parse([0x06, 0x01]) == .needMore)
        #expect(ZVTAPDU.parse([0x06, 0x01, 0x0A, 0x04]) == .needMore)
        #expect(ZVTAPDU.parse([0x06, 0xD3, 0xFF, 0x2C]) == .needMore)
    }

    @Test func parseWorksOnASliceWithANonZeroStartIndex() {
        let bytes: [UInt8] = [0xAA, 0xBB, 0x06, 0x1E, 0x01, 0x6C]
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0x1E, data: [0x6C])
        #expect(ZVTAPDU.parse(bytes[2...]) == .complete(apdu, consumed: 4))
    }

    @Test func negativeReplyIsRecognised() {
        #expect(ZVTAPDU(classByte: 0x84, instruction: 0x83).isNegativeReply)
        #expect(!ZVTAPDU.positiveReply.isNegativeReply)
    }
}
