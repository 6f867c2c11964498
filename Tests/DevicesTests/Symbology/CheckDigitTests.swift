import Devices
import Testing

/// Published example numbers, each with its source, plus the same number with its check digit
/// changed, for every GS1 key length the hub meets.
@Suite struct CheckDigitTests {
    @Test(arguments: [
        "96385074", // EAN-8: the example on Wikipedia's "EAN-8" article
        "036000291452", // UPC-A: the example on Wikipedia's "Universal Product Code" article
        "4006381333931", // EAN-13: the example on Wikipedia's "International Article Number" article
        "6291041500213", // EAN-13: GS1's check digit calculator example
        "09506000134352", // GTIN-14: GS1 Digital Link standard (https://id.gs1.org/01/09506000134352)
        "12312312312333", // GTIN-14: hardware.md's GS1 DataMatrix example
        "106141412345678908", // SSCC-18: GS1 Digital Link standard (https://id.gs1.org/00/106141412345678908)
    ])
    func publishedExamplesAreValid(_ number: String) {
        #expect(CheckDigit.isValid(number))
        #expect(CheckDigit.gs1Mod10(number.dropLast()) == Int(String(number.last ?? "x")))
    }

    @Test(arguments: ["96385075", "036000291453", "4006381333932", "09506000134353", "106141412345678907"])
    func changedCheckDigitIsInvalid(_ number: String) {
        #expect(!CheckDigit.isValid(number))
    }

    @Test func swappedNeighboursAreCaught() {
        #expect(!CheckDigit.isValid("4006383133931"))
    }

    @Test func nonNumericOrTooShortIsInvalid() {
        #expect(!CheckDigit.isValid("4006381333A31"))
        #expect(!CheckDigit.isValid("7"))
        #expect(!CheckDigit.isValid(""))
        #expect(CheckDigit.gs1Mod10("") == nil)
        #expect(CheckDigit.gs1Mod10("12a") == nil)
    }

    @Test func upcEExpandsToItsUPCA() {
        // Zero suppression as in the GS1 General Specifications: UPC-E 0 123456 5 stands for UPC-A 0 12345 00006 5.
        #expect(CheckDigit.expandUPCE("01234565") == "012345000065")
        #expect(CheckDigit.expandUPCE("01234505") == "012000003455")
        #expect(CheckDigit.expandUPCE("01234535") == "012300000455")
        #expect(CheckDigit.expandUPCE("01234545") == "012340000055")
        #expect(CheckDigit.isValidUPCE("01234565"))
        #expect(!CheckDigit.isValidUPCE("01234566"))
        #expect(CheckDigit.expandUPCE("21234565") == nil)
    }
}
