@testable import Devices
import Testing

@Suite struct ZVTCRC16KermitTests {
    @Test func catalogueCheckValue() {
        #expect(CRC16Kermit.checksum(Array("123456789".utf8)) == CRC16Kermit.checkValue)
        #expect(CRC16Kermit.checkValue == 0x2189)
    }

    @Test func emptyInputIsTheInitialValue() {
        #expect(CRC16Kermit.checksum([UInt8]()) == 0)
    }

    @Test(arguments: ZVTVectors.all)
    func everyVectorTrailerIsTheCRCOfAPDUPlusETXLowByteFirst(_ hex: String) {
        let frame = ZVTVectors.bytes(hex)
        let crc = CRC16Kermit.checksum(ZVTVectors.unstuffedAPDU(frame) + [0x03])
        #expect(frame[frame.count - 2] == UInt8(crc & 0xFF))
        #expect(frame[frame.count - 1] == UInt8(crc >> 8))
    }

    @Test func incrementalUpdateMatchesOneShot() {
        let bytes = Array("123456789".utf8)
        let stepwise = bytes.reduce(UInt16(0)) { CRC16Kermit.update($0, with: $1) }
        #expect(stepwise == 0x2189)
    }
}
