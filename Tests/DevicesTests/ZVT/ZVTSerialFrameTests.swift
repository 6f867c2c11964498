@testable import Devices
import Testing

@Suite struct ZVTSerialFrameTests {
    static let vectorAPDUs: [(String, ZVTAPDU)] = [
        (ZVTVectors.registration, ZVTAPDU(classByte: 0x06, instruction: 0x00, data: [0x12, 0x34, 0x56, 0xBA, 0x09, 0x78])),
        (ZVTVectors.authorization110, ZVTAPDU(classByte: 0x06, instruction: 0x01, data: [0x04, 0, 0, 0, 0x01, 0x10, 0x00, 0x49, 0x09, 0x78])),
        (ZVTVectors.authorization150, ZVTAPDU(classByte: 0x06, instruction: 0x01, data: [0x04, 0, 0, 0, 0, 0x01, 0x50, 0x49, 0x09, 0x78])),
        (ZVTVectors.statusEnquiry, ZVTAPDU(classByte: 0x05, instruction: 0x01, data: [0x12, 0x34, 0x56])),
        (ZVTVectors.positiveReply, .positiveReply),
        (ZVTVectors.abort, ZVTAPDU(classByte: 0x06, instruction: 0xB0)),
        (ZVTVectors.printLine, ZVTAPDU(classByte: 0x06, instruction: 0xD1, data: [0x00] + Array("         Kassenschnitt".utf8))),
    ]

    @Test(arguments: vectorAPDUs.indices)
    func encodesEveryVector(_ index: Int) {
        let (hex, apdu) = Self.vectorAPDUs[index]
        #expect(ZVTSerialFrame.encode(apdu) == ZVTVectors.bytes(hex))
    }

    @Test(arguments: vectorAPDUs.indices)
    func decodesEveryVector(_ index: Int) {
        let (hex, apdu) = Self.vectorAPDUs[index]
        var framer = ZVTSerialFramer()
        #expect(framer.feed(ZVTVectors.bytes(hex), at: .now) == [.frame(apdu)])
        #expect(framer.bufferedByteCount == 0)
    }

    @Test func everyDLEInTheAPDUIsDoubled() {
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0x10, data: [0x10, 0x10, 0x01, 0x10])
        let frame = ZVTSerialFrame.encode(apdu)
        let body = Array(frame[2..<(frame.count - 4)])
        #expect(body == [0x06, 0x10, 0x10, 0x04, 0x10, 0x10, 0x10, 0x10, 0x01, 0x10, 0x10])
        var framer = ZVTSerialFramer()
        #expect(framer.feed(frame, at: .now) == [.frame(apdu)])
    }

    @Test func crcBytesEqualToDLEAreNotStuffed() {
        let apdus = (0...255).map { ZVTAPDU(classByte: 0x06, instruction: 0xD1, data: [UInt8($0), 0x41]) }
        var framer = ZVTSerialFramer()
        for apdu in apdus {
            #expect(framer.feed(ZVTSerialFrame.encode(apdu), at: .now) == [.frame(apdu)])
        }
    }
}
