import Devices
import Testing

@Suite struct CodeInterpreterTests {
    private let gs = "\u{1D}"
    private let hardwareExample = [
        GS1Element(ai: "01", value: "12312312312333"),
        GS1Element(ai: "10", value: "ABC123"),
        GS1Element(ai: "99", value: "TESTING"),
    ]

    private func code(_ raw: String) -> ScannedCode? {
        try? CodeInterpreter.interpret(raw).get()
    }

    private func rejection(_ raw: String) -> InputRejection? {
        guard case .failure(let rejection) = CodeInterpreter.interpret(raw) else { return nil }
        return rejection
    }

    @Test func gs1DataMatrixWithIdentifier() throws {
        let raw = "]d2011231231231233310ABC123\(gs)99TESTING"
        let scanned = try #require(code(raw))
        #expect(scanned.raw == raw)
        #expect(scanned.text == "011231231231233310ABC123\(gs)99TESTING")
        #expect(scanned.symbology == Symbology(identifier: "]d2"))
        #expect(scanned.gs1 == hardwareExample)
    }

    @Test func gs1WithoutIdentifierIsRecognisedByItsSeparator() {
        let scanned = code("011231231231233310ABC123\(gs)99TESTING")
        #expect(scanned?.symbology == nil)
        #expect(scanned?.gs1 == hardwareExample)
    }

    @Test func gs1InBracketedForm() {
        let raw = "(01)12312312312333(10)ABC123(99)TESTING"
        #expect(code(raw)?.gs1 == hardwareExample)
        #expect(code(raw)?.text == raw)
        #expect(code("]Q3" + raw)?.gs1 == hardwareExample)
    }

    @Test func bareNumberStartingWithAnAIParsesOnlyWhenComplete() {
        #expect(code("0112312312312333")?.gs1 == [GS1Element(ai: "01", value: "12312312312333")])
        #expect(code("0112312312312333" + "17251231")?.gs1?.map(\.ai) == ["01", "17"])
        #expect(code("00106141412345678908")?.gs1 == [GS1Element(ai: "00", value: "106141412345678908")])
        let badCheck = code("0112312312312334")
        #expect(badCheck?.gs1 == nil)
        #expect(badCheck?.text == "0112312312312334")
        #expect(code("0012345678905")?.gs1 == nil)
    }

    @Test(arguments: ["]C1", "]e0", "]d2", "]Q3"])
    func gs1SymbologiesParseAndRefuseBadData(_ prefix: String) {
        #expect(code(prefix + "0109506000134352" + "10LOT7")?.gs1?.count == 2)
        let refused = rejection(prefix + "0109506000134353")
        #expect(refused?.code == .checksum)
        #expect(refused?.message.contains("(01)") == true)
        #expect(rejection(prefix + "4409506000134352")?.message.contains("character 1") == true)
    }

    @Test func gs1SymbologyWithBadDateIsRefused() {
        #expect(rejection("]d20109506000134352" + "17251301" + "10LOT")?.message.contains("(17)") == true)
    }

    @Test func brokenGS1WithoutIdentifierStaysAPlainCode() {
        for raw in ["0109506000134353\(gs)10LOT", "(01)09506000134353", "01123\(gs)10AB"] {
            #expect(code(raw)?.gs1 == nil)
            #expect(code(raw)?.text == raw)
        }
    }

    @Test(arguments: [
        ("]C1", "0109506000134352"), ("]E0", "4006381333931"), ("]E4", "96385074"), ("]e0", "0109506000134352"),
        ("]d1", "HELLO"), ("]d2", "0109506000134352"), ("]Q1", "https://example.org"), ("]Q3", "0109506000134352"),
        ("]A0", "CODE39"), ("]C0", "PARCEL-1"), ("]I1", "12345678"), ("]X0", "anything"),
    ])
    func aimIdentifiersAreRecognisedAndStripped(_ prefix: String, _ data: String) {
        let scanned = code(prefix + data)
        #expect(scanned?.symbology?.identifier == prefix)
        #expect(scanned?.text == data)
        #expect(scanned?.raw == prefix + data)
    }

    @Test func gs1IdentifiersAreMarkedAsSuch() {
        for id in ["]C1", "]e0", "]d2", "]Q3"] {
            #expect(Symbology(identifier: id).isGS1)
        }
        for id in ["]C0", "]E0", "]E4", "]d1", "]Q1"] {
            #expect(!Symbology(identifier: id).isGS1)
        }
        #expect(Symbology(identifier: "]d2").name == "GS1 DataMatrix")
    }

    @Test func nonGS1SymbologyKeepsSeparatorsAsData() {
        let scanned = code("]Q1AB\(gs)CD")
        #expect(scanned?.gs1 == nil)
        #expect(scanned?.text == "AB\(gs)CD")
    }

    @Test func textThatOnlyLooksLikeAnIdentifierIsData() {
        for raw in ["]1AB", "]", "]C", "]!0X", "]é1X"] {
            #expect(code(raw)?.symbology == nil)
            #expect(code(raw)?.text == raw)
        }
    }

    @Test func identifierAloneIsRefused() {
        #expect(rejection("]C1")?.code == .empty)
        #expect(rejection("]Q1")?.code == .empty)
    }

    @Test func eanAndUPCWithGoodCheckDigitsPass() {
        #expect(code("]E04006381333931")?.text == "4006381333931")
        #expect(code("]E0036000291452")?.text == "036000291452")
        #expect(code("]E496385074")?.text == "96385074")
        #expect(code("]E001234565")?.text == "01234565")
    }

    @Test(arguments: ["]E04006381333932", "]E0036000291453", "]E496385075", "]E001234566"])
    func eanAndUPCWithBadCheckDigitsAreRefused(_ raw: String) {
        let refused = rejection(raw)
        #expect(refused?.code == .checksum)
        #expect(refused?.message.contains("check digit") == true)
    }

    @Test func eanWithImpossibleLengthIsRefused() {
        #expect(rejection("]E012345")?.code == .checksum)
        #expect(rejection("]E44006381333931")?.code == .checksum)
    }

    @Test func bareNumbersAreNeverRefusedButExposeTheirCheckDigit() {
        #expect(code("4006381333932")?.hasValidCheckDigit == false)
        #expect(code("4006381333931")?.hasValidCheckDigit == true)
        #expect(code("96385074")?.hasValidCheckDigit == true)
        #expect(code("12345")?.hasValidCheckDigit == nil)
        #expect(code("PARCEL-1")?.hasValidCheckDigit == nil)
        #expect(code("PARCEL-1")?.symbology == nil)
    }
}
