import Devices
import Testing

@Suite struct PassUIDMatchingTests {
    private let card = PassUID(bytes: [0x92, 0xA7, 0x82, 0x30])

    /// What each reader type prints for the card above, and what it parses to.
    private func taps() throws -> [UIDFormat: PassUID] {
        let printed: [UIDFormat: String] = [
            .hex: "92A78230", .hexReversed: "3082A792", .decimalBE: "2460451376", .decimalLE: "0813868946", .wiegand26: "10977840",
            .wiegand26Reversed: "3179175",
        ]
        return try printed.reduce(into: [:]) { result, entry in
            result[entry.key] = try entry.key.parse(entry.value, length: 4).get()
        }
    }

    @Test func aPassEnrolledOnAnyReaderMatchesATapOnAnyOther() throws {
        let taps = try taps()
        for (enrolledOn, enrolled) in taps {
            for (tappedOn, tap) in taps {
                #expect(enrolled.matches(tap), "enrolled on \(enrolledOn), tapped on \(tappedOn)")
                #expect(enrolled.lookupKey == tap.lookupKey)
            }
        }
        #expect(taps[.decimalLE] == card)
        #expect(taps[.wiegand26]?.lookupKey == "A78230")
    }

    /// Every format is covered, so a new format cannot skip the cross-reader test above.
    @Test func everyFormatIsAmongTheTaps() throws {
        #expect(try Set(taps().keys) == Set(UIDFormat.allCases))
    }

    @Test func wiegandBitsAreWhatAWiegandReaderReports() throws {
        #expect(card.wiegandBits == [0xA7, 0x82, 0x30])
        #expect(!card.isWiegandOnly)
        let short = try #require(try taps()[.wiegand26Reversed])
        #expect(short.wiegandBits == [0xA7, 0x82, 0x30])
        #expect(short.isWiegandOnly)
        #expect(PassUID(bytes: [0x04, 0xA2, 0x24, 0x6A, 0xA7, 0x82, 0x30]).wiegandBits == nil)
        #expect(PassUID(bytes: [0xA7, 0x82]).wiegandBits == nil)
    }

    @Test func anotherCardDoesNotMatch() {
        let other = PassUID(bytes: [0x92, 0xA7, 0x82, 0x31])
        #expect(!card.matches(other))
        #expect(!card.matches(PassUID(bytes: [0xA7, 0x82, 0x31])))
        #expect(card.matches(PassUID(bytes: [0x00, 0xA7, 0x82, 0x30])) == false)
    }

    @Test func theShortFormMatchesEveryFourByteUIDEndingInItsBits() {
        let short = PassUID(bytes: [0xA7, 0x82, 0x30])
        #expect(short.matches(card))
        #expect(short.matches(PassUID(bytes: [0x11, 0xA7, 0x82, 0x30])))
        #expect(!card.matches(PassUID(bytes: [0x11, 0xA7, 0x82, 0x30])))
    }

    @Test func wiegandFormNeverMatchesASevenByteUID() {
        let ntag = PassUID(bytes: [0x04, 0xA2, 0x24, 0x6A, 0xA7, 0x82, 0x30])
        #expect(!PassUID(bytes: [0xA7, 0x82, 0x30]).matches(ntag))
        #expect(ntag.matchKey(for: .wiegand26) == nil)
        #expect(ntag.matchKey(for: .hex) == "04A2246AA78230")
    }

    @Test func matchKeysAreTheBitsEachFormatCarries() {
        #expect(card.matchKey(for: .hex) == "92A78230")
        #expect(card.matchKey(for: .decimalLE) == "92A78230")
        #expect(card.matchKey(for: .wiegand26) == "A78230")
        #expect(PassUID(bytes: []).matches(PassUID(bytes: [])) == false)
    }

    @Test func rdm6300TagMatchesDecimalAndWiegandReadersOfTheSameEMCard() throws {
        let tag = PassUID(bytes: [0xE3, 0x08, 0x6C, 0xED])
        #expect(try UIDFormat.decimalBE.parse("3808980205", length: 4).get() == tag)
        #expect(try UIDFormat.hex.parse("E3086CED", length: 4).get() == tag)
        #expect(try tag.matches(UIDFormat.wiegand26.parse("00552173", length: 4).get()))
    }
}
