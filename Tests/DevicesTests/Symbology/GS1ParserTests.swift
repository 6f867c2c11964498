import Devices
import Testing

@Suite struct GS1ParserTests {
    private let gs = "\u{1D}"

    private func elements(_ data: String) -> [GS1Element]? {
        try? GS1Parser.parse(data).get()
    }

    private func rejection(_ data: String) -> InputRejection? {
        guard case .failure(let rejection) = GS1Parser.parse(data) else { return nil }
        return rejection
    }

    @Test func hardwareExampleParses() {
        #expect(elements("011231231231233310ABC123\(gs)99TESTING") == [
            GS1Element(ai: "01", value: "12312312312333"),
            GS1Element(ai: "10", value: "ABC123"),
            GS1Element(ai: "99", value: "TESTING"),
        ])
    }

    @Test func fixedLengthFieldsNeedNoSeparator() {
        let data = "00106141412345678908" + "0209506000134352" + "11250131" + "13240229" + "15250600" + "17251231" + "3710"
        #expect(elements(data) == [
            GS1Element(ai: "00", value: "106141412345678908"),
            GS1Element(ai: "02", value: "09506000134352"),
            GS1Element(ai: "11", value: "250131"),
            GS1Element(ai: "13", value: "240229"),
            GS1Element(ai: "15", value: "250600"),
            GS1Element(ai: "17", value: "251231"),
            GS1Element(ai: "37", value: "10"),
        ])
    }

    @Test func variableFieldsEndAtGSOrAtTheEnd() {
        let data = "0109506000134352" + "21SER-1/A\(gs)" + "10B(7)\(gs)" + "3012345678\(gs)" + "3712345678\(gs)" + "90" + String(repeating: "Z", count: 30)
        #expect(elements(data) == [
            GS1Element(ai: "01", value: "09506000134352"),
            GS1Element(ai: "21", value: "SER-1/A"),
            GS1Element(ai: "10", value: "B(7)"),
            GS1Element(ai: "30", value: "12345678"),
            GS1Element(ai: "37", value: "12345678"),
            GS1Element(ai: "90", value: String(repeating: "Z", count: 30)),
        ])
    }

    @Test func maximumLengthsAreEnforced() {
        let batch20 = String(repeating: "B", count: 20)
        #expect(elements("10\(batch20)\(gs)21\(batch20)")?.map(\.value) == [batch20, batch20])
        #expect(rejection("10\(batch20)X")?.message.contains("(10)") == true)
        #expect(rejection("21\(batch20)X")?.message.contains("longer than 20") == true)
        #expect(rejection("30123456789")?.message.contains("(30)") == true)
        #expect(rejection("37123456789")?.message.contains("(37)") == true)
        #expect(rejection("90" + String(repeating: "Z", count: 31)) != nil)
        #expect(elements("91" + String(repeating: "Z", count: 90))?.first?.value.count == 90)
        #expect(rejection("99" + String(repeating: "Z", count: 91)) != nil)
    }

    @Test(arguments: ["91", "92", "93", "94", "95", "96", "97", "98", "99"])
    func companyInternalAIsAreVariable(_ ai: String) {
        #expect(elements("\(ai)INT-1\(gs)0109506000134352") == [
            GS1Element(ai: ai, value: "INT-1"), GS1Element(ai: "01", value: "09506000134352"),
        ])
    }

    @Test func shortFixedFieldIsRefused() {
        let refused = rejection("01123123123123\(gs)10X")
        #expect(refused?.code == .checksum)
        #expect(refused?.message.contains("(01) GTIN needs 14 characters, found 12") == true)
    }

    @Test func numericFieldsRefuseLetters() {
        #expect(rejection("30 12")?.message.contains("digits only") == true)
        #expect(rejection("0112312312312A33") != nil)
    }

    @Test(arguments: ["17251301", "17250001", "11250230", "15250431", "17230229", "13251232"])
    func impossibleDatesAreRefused(_ data: String) {
        let refused = rejection(data)
        #expect(refused != nil)
        #expect(refused?.message.contains("(\(data.prefix(2)))") == true)
    }

    @Test(arguments: ["17250200", "15251100", "11240229", "16991231", "12000131"])
    func realDatesAndDayZeroAreAccepted(_ data: String) {
        #expect(elements(data)?.first?.value == String(data.dropFirst(2)))
    }

    @Test func badGTINCheckDigitNamesTheAI() {
        let refused = rejection("0112312312312334")
        #expect(refused?.code == .checksum)
        #expect(refused?.message.contains("(01) GTIN has a wrong check digit") == true)
        #expect(refused?.message.contains("character 3") == true)
        #expect(rejection("0209506000134353")?.message.contains("(02)") == true)
    }

    @Test func badSSCCCheckDigitIsRefused() {
        #expect(rejection("00106141412345678907")?.message.contains("(00) SSCC has a wrong check digit") == true)
    }

    @Test func unknownAIIsRefusedWithItsPosition() {
        let refused = rejection("0109506000134352" + "44ABC")
        #expect(refused?.code == .checksum)
        #expect(refused?.message.contains("character 17") == true)
        #expect(refused?.message.contains("44AB") == true)
    }

    @Test func fixedLengthAIOutsideThePredefinedListNeedsGS() {
        #expect(elements("422276\(gs)10ABC") == [GS1Element(ai: "422", value: "276"), GS1Element(ai: "10", value: "ABC")])
        #expect(rejection("42227610ABC")?.message.contains("(422) ORIGIN must be followed by a GS separator") == true)
    }

    @Test func leadingAndDoubledSeparatorsAreTolerated() {
        #expect(elements("\(gs)10ABC\(gs)\(gs)17251231\(gs)")?.map(\.ai) == ["10", "17"])
    }

    @Test func emptyDataIsRefused() {
        #expect(rejection("") != nil)
        #expect(rejection(gs) != nil)
        #expect(rejection("10\(gs)17251231")?.message.contains("(10) BATCH/LOT is empty") == true)
    }

    @Test func charactersOutsideGS1SetAreRefused() {
        #expect(rejection("10AB CD")?.message.contains("a space") == true)
        #expect(rejection("10AB#CD") != nil)
    }

    @Test func measuresAreFourDigitAIs() {
        #expect(elements("31030012500109506000134352") == [
            GS1Element(ai: "3103", value: "001250"), GS1Element(ai: "01", value: "09506000134352"),
        ])
    }

    @Test func humanReadableFormParses() throws {
        #expect(try GS1Parser.parseHumanReadable("(01)12312312312333(10)ABC123(99)TESTING").get() == [
            GS1Element(ai: "01", value: "12312312312333"),
            GS1Element(ai: "10", value: "ABC123"),
            GS1Element(ai: "99", value: "TESTING"),
        ])
        #expect(try GS1Parser.parseHumanReadable("(01) 09506000134352 (17) 251231").get().map(\.value) == ["09506000134352", "251231"])
        #expect(GS1Parser.isHumanReadable("(01)1"))
        #expect(!GS1Parser.isHumanReadable("(1)12"))
        #expect(!GS1Parser.isHumanReadable("01123"))
    }

    @Test func humanReadableFormIsValidatedLikeTheElementString() {
        let parse = { (text: String) in GS1Parser.parseHumanReadable(text) }
        #expect((try? parse("(01)12312312312334").get()) == nil)
        #expect((try? parse("(01)1231231231233").get()) == nil)
        #expect((try? parse("(17)251301").get()) == nil)
        #expect((try? parse("(10)" + String(repeating: "A", count: 21)).get()) == nil)
        #expect((try? parse("(10)").get()) == nil)
    }

    @Test func tableIsPrefixFree() {
        let codes = Array(ApplicationIdentifier.table.keys)
        for code in codes {
            #expect(!codes.contains { $0 != code && $0.hasPrefix(code) }, "AI \(code) is a prefix of another")
        }
    }
}
