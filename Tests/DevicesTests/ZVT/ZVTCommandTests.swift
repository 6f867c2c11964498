@testable import Devices
import Testing

@Suite struct ZVTCommandTests {
    private func serial(_ apdu: ZVTAPDU) -> [UInt8] { ZVTSerialFrame.encode(apdu) }

    @Test func registrationMatchesTheVector() throws {
        let apdu = try ZVTCommand.registration(password: "123456", config: 0xBA)
        #expect(serial(apdu) == ZVTVectors.bytes(ZVTVectors.registration))
    }

    @Test func authorizationOf110EurosMatchesTheStuffedVector() throws {
        let apdu = try ZVTCommand.authorization(amountCents: 11_000)
        #expect(serial(apdu) == ZVTVectors.bytes(ZVTVectors.authorization110))
    }

    @Test func authorizationOf150CentsMatchesTheVector() throws {
        let apdu = try ZVTCommand.authorization(amountCents: 150)
        #expect(serial(apdu) == ZVTVectors.bytes(ZVTVectors.authorization150))
    }

    @Test func authorizationRefusesANegativeAmount() {
        #expect(throws: BCDError.negative) { try ZVTCommand.authorization(amountCents: -150) }
    }

    @Test func statusEnquiryMatchesTheVector() throws {
        let apdu = try ZVTCommand.statusEnquiry(password: "123456")
        #expect(serial(apdu) == ZVTVectors.bytes(ZVTVectors.statusEnquiry))
    }

    @Test func abortAndPositiveReplyMatchTheVectors() {
        #expect(serial(ZVTCommand.abort()) == ZVTVectors.bytes(ZVTVectors.abort))
        #expect(serial(ZVTCommand.positiveReply()) == ZVTVectors.bytes(ZVTVectors.positiveReply))
    }

    @Test func reversalCarriesPasswordAndReceiptNumber() throws {
        let apdu = try ZVTCommand.reversal(password: "123456", receiptNumber: 42)
        #expect(apdu.encoded == [0x06, 0x30, 0x06, 0x12, 0x34, 0x56, 0x87, 0x00, 0x42])
        #expect(throws: BCDError.tooLarge) { try ZVTCommand.reversal(password: "123456", receiptNumber: 10_000) }
    }

    @Test func passwordCommands() throws {
        #expect(try ZVTCommand.repeatReceipt(password: "123456").encoded == [0x06, 0x20, 0x03, 0x12, 0x34, 0x56])
        #expect(try ZVTCommand.endOfDay(password: "123456").encoded == [0x06, 0x50, 0x03, 0x12, 0x34, 0x56])
        #expect(throws: BCDError.notDigits) { try ZVTCommand.endOfDay(password: "12") }
    }

    @Test func logOffHasNoData() {
        #expect(ZVTCommand.logOff().encoded == [0x06, 0x02, 0x00])
    }
}
