@testable import Devices
import Testing

@Suite struct ZVTTerminalMessageTests {
    private func decodeSerial(_ hex: String) throws -> ZVTTerminalMessage? {
        var framer = ZVTSerialFramer()
        guard case .frame(let apdu) = framer.feed(ZVTVectors.bytes(hex), at: .now).first else { return nil }
        return try ZVTTerminalMessage(apdu)
    }

    @Test func printLineVector() throws {
        #expect(try decodeSerial(ZVTVectors.printLine) == .printLine(attribute: 0x00, text: "         Kassenschnitt"))
    }

    @Test func printLineInCP437AndLatin1() throws {
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD1, data: [0x00, 0x84, 0x94, 0xE1])
        #expect(try ZVTTerminalMessage(apdu) == .printLine(attribute: 0, text: "äöß"))
        let latin = ZVTAPDU(classByte: 0x06, instruction: 0xD1, data: [0x00, 0xE4, 0xF6, 0xDF])
        #expect(try ZVTTerminalMessage(latin, textEncoding: .latin1) == .printLine(attribute: 0, text: "äöß"))
    }

    @Test func printTextBlockLines() throws {
        let lines = ZVTVectors.bytes("07 03 414243 07 02 4445 1F07 01 01")
        let inner = [0x25, UInt8(lines.count)] + lines
        let data = [0x06, UInt8(inner.count)] + inner
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: data)
        #expect(try ZVTTerminalMessage(apdu) == .printTextBlock(["ABC", "DE"]))
    }

    @Test func printTextBlockWithBrokenTLVIsAnError() {
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0xD3, data: [0x06, 0x04, 0x25, 0x02, 0x07, 0x09])
        #expect(throws: ZVTDecodeError.self) { try ZVTTerminalMessage(apdu) }
    }

    @Test func abortCarriesTheResultCode() throws {
        let apdu = ZVTAPDU(classByte: 0x06, instruction: 0x1E, data: [0x6C])
        #expect(try ZVTTerminalMessage(apdu) == .abort(.timeoutOrAbort))
        let empty = ZVTAPDU(classByte: 0x06, instruction: 0x1E)
        #expect(throws: ZVTDecodeError.missingData) { try ZVTTerminalMessage(empty) }
    }

    @Test func intermediateStatusByte() throws {
        let apdu = ZVTAPDU(classByte: 0x04, instruction: 0xFF, data: [0x0A, 0x05])
        #expect(try ZVTTerminalMessage(apdu) == .intermediateStatus(0x0A))
    }

    @Test func statusInformationThroughTheFramer() throws {
        let apdu = ZVTAPDU(classByte: 0x04, instruction: 0x0F, data: [0x27, 0x00, 0x04, 0, 0, 0, 0x01, 0x10, 0x00, 0x87, 0x00, 0x10])
        var framer = ZVTSerialFramer()
        guard case .frame(let received) = framer.feed(ZVTSerialFrame.encode(apdu), at: .now).first else {
            Issue.record("no frame")
            return
        }
        let expected = ZVTStatusInformation(resultCode: .ok, amountCents: 11_000, receiptNumber: 10)
        #expect(try ZVTTerminalMessage(received) == .statusInformation(expected))
    }

    @Test func completionRepliesAndOthers() throws {
        #expect(try ZVTTerminalMessage(ZVTAPDU(classByte: 0x06, instruction: 0x0F, data: [0x19, 0x40])) == .completion)
        #expect(try decodeSerial(ZVTVectors.positiveReply) == .positiveReply)
        #expect(try ZVTTerminalMessage(ZVTAPDU(classByte: 0x84, instruction: 0x83)) == .negativeReply(0x83))
        let odd = ZVTAPDU(classByte: 0x06, instruction: 0xE0)
        #expect(try ZVTTerminalMessage(odd) == .other(odd))
    }

    @Test func cp437TableIsComplete() {
        #expect(ZVTTextEncoding.cp437Upper.count == 128)
        #expect(ZVTTextEncoding.cp437.decode([0x9E, 0xFF]) == "₧\u{00A0}")
    }
}
