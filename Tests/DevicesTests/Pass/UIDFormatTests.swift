import Devices
import Testing

@Suite struct UIDFormatTests {
    /// hardware.md: bytes 92 A7 82 30 → hex "92A78230", reversed "3082A792", decimal-be
    /// 2460451376. decimal-le is 0x3082A792 = 813868946; wiegand26 is 0xA78230 = 10977840.
    private let card = PassUID(bytes: [0x92, 0xA7, 0x82, 0x30])
    private let ntag = PassUID(bytes: [0x04, 0xA2, 0x24, 0x6A, 0x3B, 0x5C, 0x80])

    private func parsed(_ format: UIDFormat, _ text: String, length: Int = 4) -> PassUID? {
        try? format.parse(text, length: length).get()
    }

    private func rejection(_ format: UIDFormat, _ text: String, length: Int = 4) -> InputRejection? {
        guard case .failure(let rejection) = format.parse(text, length: length) else { return nil }
        return rejection
    }

    @Test func hardwareVectorRendersInEveryFormat() {
        #expect(UIDFormat.hex.render(card) == "92A78230")
        #expect(UIDFormat.hexReversed.render(card) == "3082A792")
        #expect(UIDFormat.decimalBE.render(card) == "2460451376")
        #expect(UIDFormat.decimalLE.render(card) == "0813868946")
        #expect(UIDFormat.wiegand26.render(card) == "10977840")
    }

    @Test func hardwareVectorParsesFromEveryFullFormat() {
        #expect(parsed(.hex, "92A78230") == card)
        #expect(parsed(.hexReversed, "3082A792") == card)
        #expect(parsed(.decimalBE, "2460451376") == card)
        #expect(parsed(.decimalLE, "0813868946") == card)
        #expect(parsed(.decimalLE, "813868946") == card)
        #expect(parsed(.wiegand26, "10977840") == PassUID(bytes: [0xA7, 0x82, 0x30]))
    }

    @Test func sevenByteUIDsConvertInTheFormatsThatCarryThem() {
        #expect(UIDFormat.hex.render(ntag) == "04A2246A3B5C80")
        #expect(UIDFormat.hexReversed.render(ntag) == "805C3B6A24A204")
        #expect(UIDFormat.decimalBE.render(ntag) == "01304177191640192")
        #expect(UIDFormat.decimalLE.render(ntag) == "36130207272575492")
        #expect(parsed(.hex, "04a2246a3b5c80", length: 7) == ntag)
        #expect(parsed(.hexReversed, "805C3B6A24A204", length: 7) == ntag)
        #expect(parsed(.decimalBE, "1304177191640192", length: 7) == ntag)
        #expect(parsed(.decimalLE, "36130207272575492", length: 7) == ntag)
    }

    @Test(arguments: UIDFormat.allCases)
    func renderThenParseGivesTheCarriedBytesBack(_ format: UIDFormat) throws {
        for uid in [card, PassUID(bytes: [0, 0, 0, 1]), PassUID(bytes: [0xFF, 0xFF, 0xFF, 0xFF]), PassUID(bytes: [0x00, 0x10, 0x00, 0x00])] {
            let text = try #require(format.render(uid))
            let carried = format.isWiegand ? Array(uid.bytes.suffix(3)) : uid.bytes
            #expect(parsed(format, text) == PassUID(bytes: carried))
        }
    }

    @Test func decimalKeepsLeadingZeros() {
        let small = PassUID(bytes: [0x00, 0x00, 0x01, 0x02])
        #expect(UIDFormat.decimalBE.render(small) == "0000000258")
        #expect(UIDFormat.wiegand26.render(small) == "00000258")
        #expect(parsed(.decimalBE, "258") == small)
        #expect(parsed(.decimalBE, "0000000258") == small)
    }

    @Test func hexIsCaseInsensitiveAndToleratesSeparatorsAndWhitespace() {
        #expect(parsed(.hex, "92a78230") == card)
        #expect(parsed(.hex, "  92A78230\r\n") == card)
        #expect(parsed(.hex, "92:A7:82:30") == card)
        #expect(parsed(.hex, "92 a7 82 30") == card)
        #expect(parsed(.hex, "0x92A78230") == card)
        #expect(parsed(.decimalBE, "\t2460451376 ") == card)
    }

    @Test func formatsThatCannotCarryTheLengthAreRefused() {
        #expect(rejection(.wiegand26, "10977840", length: 7)?.message.contains("uid_format") == true)
        #expect(rejection(.decimalBE, "1", length: 10) != nil)
        #expect(rejection(.decimalLE, "1", length: 10) != nil)
        #expect(rejection(.hex, "00", length: 0) != nil)
        #expect(UIDFormat.wiegand26.render(ntag) == nil)
        #expect(UIDFormat.decimalBE.render(PassUID(bytes: Array(repeating: 1, count: 10))) == nil)
        #expect(UIDFormat.hex.render(PassUID(bytes: Array(repeating: 1, count: 10))) == "01010101010101010101")
        #expect(UIDFormat.hex.render(PassUID(bytes: [])) == nil)
    }

    @Test func garbageIsRefusedWithAClearMessage() {
        #expect(rejection(.hex, "hello")?.message.contains("not a hex UID") == true)
        #expect(rejection(.hex, "92A7823G") != nil)
        #expect(rejection(.hexReversed, "９２A78230") != nil)
        #expect(rejection(.decimalBE, "12AB")?.message.contains("not a decimal UID") == true)
        #expect(rejection(.decimalLE, "-1") != nil)
        #expect(rejection(.wiegand26, "1.5") != nil)
    }

    @Test func wrongLengthsAreRefusedNamingTheSetting() {
        #expect(rejection(.hex, "04A2246A3B5C80")?.message.contains("uid_bytes") == true)
        #expect(rejection(.hex, "92A782")?.message.contains("expects 8") == true)
        #expect(rejection(.decimalBE, "4294967296")?.message.contains("4-byte") == true)
        #expect(parsed(.decimalBE, "4294967295") == PassUID(bytes: [0xFF, 0xFF, 0xFF, 0xFF]))
        #expect(rejection(.decimalBE, "99999999999999999999999", length: 8) != nil)
        #expect(rejection(.wiegand26, "16777216")?.message.contains("24 bits") == true)
        #expect(parsed(.wiegand26, "16777215") == PassUID(bytes: [0xFF, 0xFF, 0xFF]))
    }

    /// Some MIFARE readers print the Wiegand bytes the other way round: for 92 A7 82 30 the
    /// 24 bits are A7 82 30, printed as 0x3082A7 = 3179175 instead of 0xA78230 = 10977840.
    @Test func wiegand26ReversedCarriesTheSameBitsInTheOtherByteOrder() {
        #expect(UIDFormat.wiegand26Reversed.render(card) == "03179175")
        #expect(parsed(.wiegand26Reversed, "3179175") == PassUID(bytes: [0xA7, 0x82, 0x30]))
        #expect(parsed(.wiegand26Reversed, "03179175") == parsed(.wiegand26, "10977840"))
        #expect(parsed(.wiegand26Reversed, "1", length: 3) == PassUID(bytes: [0x01, 0x00, 0x00]))
        #expect(rejection(.wiegand26Reversed, "16777216")?.message.contains("24 bits") == true)
        #expect(rejection(.wiegand26Reversed, "3179175", length: 7)?.message.contains("wiegand26-reversed") == true)
        #expect(UIDFormat.wiegand26Reversed.render(ntag) == nil)
        #expect(UIDFormat.wiegand26Reversed.carriedByteCount(forCardLength: 4) == 3)
        #expect(UIDFormat(rawValue: "wiegand26-reversed") == .wiegand26Reversed)
        #expect(UIDFormat.wiegand26Reversed.isWiegand && UIDFormat.wiegand26.isWiegand && !UIDFormat.decimalLE.isWiegand)
    }

    @Test func emptyTextIsAnEmptyRejection() {
        #expect(rejection(.hex, "   ")?.code == .empty)
        #expect(rejection(.decimalBE, "")?.code == .empty)
    }

    @Test func carriedByteCounts() {
        #expect(UIDFormat.hex.carriedByteCount(forCardLength: 7) == 7)
        #expect(UIDFormat.decimalLE.carriedByteCount(forCardLength: 8) == 8)
        #expect(UIDFormat.decimalLE.carriedByteCount(forCardLength: 10) == nil)
        #expect(UIDFormat.wiegand26.carriedByteCount(forCardLength: 4) == 3)
        #expect(UIDFormat.wiegand26.carriedByteCount(forCardLength: 3) == 3)
        #expect(UIDFormat.wiegand26.carriedByteCount(forCardLength: 7) == nil)
    }
}

@Suite struct UIDRejectionPrivacyTests {
    @Test func aRejectedReadingNeverQuotesWhatTheReaderSent() throws {
        for (format, text) in [(UIDFormat.hex, "E3086CEDZZ"), (.decimalBE, "12345678901234567890123")] {
            guard case .failure(let rejection) = format.parse(text, length: 4) else {
                Issue.record("\(text) should be refused as \(format)")
                continue
            }
            #expect(!rejection.message.contains("E3086CED") && !rejection.message.contains("1234567890"), "\(rejection.message)")
        }
    }
}
