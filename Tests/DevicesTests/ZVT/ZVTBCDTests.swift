@testable import Devices
import Testing

@Suite struct ZVTBCDTests {
    @Test func amountOf110EurosFromTheVector() throws {
        #expect(try BCD.amount(cents: 11_000) == [0, 0, 0, 0x01, 0x10, 0x00])
        #expect(try BCD.amount(cents: 150) == [0, 0, 0, 0, 0x01, 0x50])
    }

    @Test(arguments: [Int64(0), 1, 99, 150, 11_000, 123_456_789_012, 999_999_999_999])
    func amountRoundTrips(_ cents: Int64) throws {
        #expect(BCD.cents(fromAmount: try BCD.amount(cents: cents)) == cents)
    }

    @Test func negativeAmountIsRefused() {
        #expect(throws: BCDError.negative) { try BCD.amount(cents: -1) }
    }

    @Test func amountOverTwelveDigitsIsRefused() {
        #expect(throws: BCDError.tooLarge) { try BCD.amount(cents: 1_000_000_000_000) }
        #expect(throws: BCDError.tooLarge) { try BCD.amount(cents: .max) }
    }

    @Test func passwordFromDigits() throws {
        #expect(try BCD.password("123456") == [0x12, 0x34, 0x56])
        #expect(try BCD.password("000000") == [0, 0, 0])
    }

    @Test(arguments: ["12345", "1234567", "12a456", "", "١٢٣٤٥٦"])
    func passwordMustBeSixASCIIDigits(_ text: String) {
        #expect(throws: BCDError.notDigits) { try BCD.password(text) }
    }

    @Test func nonDecimalNibbleDoesNotDecode() {
        #expect(BCD.decode([0x12, 0x3A]) == nil)
        #expect(BCD.decode([0xF1]) == nil)
        #expect(BCD.cents(fromAmount: [0, 0, 0, 0, 0x01]) == nil)
    }

    @Test func encodeRefusesValuesWiderThanTheField() throws {
        #expect(throws: BCDError.tooLarge) { try BCD.encode(10_000, byteCount: 2) }
        #expect(try BCD.encode(9_999, byteCount: 2) == [0x99, 0x99])
    }
}
