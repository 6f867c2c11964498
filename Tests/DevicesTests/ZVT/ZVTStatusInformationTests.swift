@testable import Devices
import Testing

@Suite struct ZVTStatusInformationTests {
    static let core = ZVTVectors.bytes("27 00 04 000000001500 0B 000123 29 52500038 87 0042 49 0978")

    @Test func resultAmountReceiptTraceAndTerminalID() throws {
        let info = try ZVTStatusInformation(bmpData: Self.core)
        #expect(info.resultCode == .ok)
        #expect(info.amountCents == 1_500)
        #expect(info.trace == 123)
        #expect(info.terminalID == "52500038")
        #expect(info.receiptNumber == 42)
        #expect(info.currency == 978)
        #expect(info.skippedTagCount == 0)
    }

    @Test func knownButUnusedTagsAndATLVContainerAreSkipped() throws {
        let extra = ZVTVectors.bytes("0C 123456 0D 1123 8A 05 19 40 06 05 1F07 02 0102 BA 0102030405 F5 F0 F2 4142 2A 313233343536373839303132333435")
        let info = try ZVTStatusInformation(bmpData: extra + Self.core)
        #expect(info.amountCents == 1_500)
        #expect(info.skippedTagCount == 8)
    }

    @Test func tlvContainerWithLongFormLengthIsSkipped() throws {
        let container = [0x06, 0x81, 0x82] + Array(repeating: UInt8(0x00), count: 0x82)
        let info = try ZVTStatusInformation(bmpData: container + [0x27, 0x05])
        #expect(info.resultCode == .declined)
        #expect(info.skippedTagCount == 1)
    }

    @Test func maskedPANIsKeptMasked() throws {
        let data = ZVTVectors.bytes("22 F0 F7 6799EEEEEE1234")
        #expect(try ZVTStatusInformation(bmpData: data).maskedPAN == "6799******1234")
    }

    @Test func clearPANIsMaskedByTheHub() throws {
        let data = ZVTVectors.bytes("22 F0 F8 4711123456789012")
        #expect(try ZVTStatusInformation(bmpData: data).maskedPAN == "************9012")
    }

    @Test func panWithOddDigitCountDropsTheFPadding() {
        #expect(ZVTStatusInformation.masked([0x67, 0x99, 0xEE, 0x12, 0x3F]) == "6799**123")
    }

    @Test func cardNameAndAdditionalText() throws {
        let data = ZVTVectors.bytes("8B F0 F8 6769726F63617264 3C F0 F0 F5 48616C6C6F")
        let info = try ZVTStatusInformation(bmpData: data)
        #expect(info.cardName == "girocard")
        #expect(info.text == "Hallo")
    }

    @Test func unknownTagStopsWithAnError() {
        let data = ZVTVectors.bytes("27 00 C7 01 02")
        #expect(throws: ZVTDecodeError.unknownTag(0xC7, offset: 2)) { try ZVTStatusInformation(bmpData: data) }
    }

    @Test func everyTruncationIsAnErrorNotACrash() {
        let full = ZVTVectors.bytes("06 03 1F0700 22 F0 F7 6799EEEEEE1234 3C F0 F0 F5 48616C6C6F") + Self.core
        let fieldEnds: Set = [5, 15, 24, 26, 33, 37, 42, 45, 48]
        #expect(full.count == 48)
        for cut in 1..<full.count where !fieldEnds.contains(cut) {
            #expect(throws: ZVTDecodeError.self, "cut at \(cut)") { try ZVTStatusInformation(bmpData: Array(full[..<cut])) }
        }
        for cut in fieldEnds {
            #expect((try? ZVTStatusInformation(bmpData: Array(full[..<cut]))) != nil, "cut at \(cut)")
        }
    }

    @Test func truncatedAmountNamesTheTag() {
        let data = ZVTVectors.bytes("27 00 04 0000")
        #expect(throws: ZVTDecodeError.truncated(tag: 0x04, offset: 2)) { try ZVTStatusInformation(bmpData: data) }
    }

    @Test func badLLVarLengthByteIsRefused() {
        let data = ZVTVectors.bytes("22 F0 A7 6799")
        #expect(throws: ZVTDecodeError.badLengthField(tag: 0x22, offset: 0)) { try ZVTStatusInformation(bmpData: data) }
    }

    @Test func nonDecimalAmountIsAnError() {
        let data = ZVTVectors.bytes("04 00000000150A")
        #expect(throws: ZVTDecodeError.badBCD(tag: 0x04)) { try ZVTStatusInformation(bmpData: data) }
    }

    @Test func unsupportedBERLengthIsRefused() {
        #expect(throws: ZVTDecodeError.badLengthField(tag: 0x06, offset: 0)) { try ZVTStatusInformation(bmpData: [0x06, 0x83, 0, 0, 1]) }
    }

    @Test func resultCodesMapBothWays() {
        let named: [(UInt8, ZVTResultCode)] = [(0x00, .ok), (0x05, .declined), (0x6C, .timeoutOrAbort), (0x9C, .pleaseWait), (0xFF, .systemError)]
        for (byte, code) in named {
            #expect(ZVTResultCode(byte: byte) == code)
            #expect(code.byte == byte)
        }
        #expect(ZVTResultCode(byte: 0x64) == .unknown(0x64))
        #expect(ZVTResultCode.unknown(0x64).byte == 0x64)
    }
}
