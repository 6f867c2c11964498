import Devices
import Testing

@Suite struct KeyboardLayoutTests {
    typealias F = EvdevFixtures

    /// Unshifted keys 11, 11, 2, 4 (hardware.md), one shifted key, and a letter that moves.
    static let sameKeys = F.K(11, 11, 2, 4) + F.shifted(3) + F.K(16, 21) + F.enter

    @Test func us() {
        #expect(F.decode(Self.sameKeys, layout: .us) == [.code("0013@qy")])
    }

    @Test func uk() {
        #expect(F.decode(Self.sameKeys, layout: .uk) == [.code("0013\"qy")])
        #expect(F.decode(F.shifted(40) + F.K(43, 86) + F.enter, layout: .uk) == [.code("@#\\")])
    }

    @Test func de() {
        #expect(F.decode(Self.sameKeys, layout: .de) == [.code("0013\"qz")])
        #expect(F.decode(F.K(12, 53, 44) + F.shifted(11) + F.enter, layout: .de) == [.code("ß-y=")])
    }

    @Test func fr() {
        #expect(F.decode(Self.sameKeys, layout: .fr) == [.code("àà&\"2ay")])
        #expect(F.decode(F.K(7, 9, 53) + F.shifted(51) + F.enter, layout: .fr) == [.code("-_!.")])
    }

    @Test func be() {
        #expect(F.decode(Self.sameKeys, layout: .be) == [.code("àà&\"2ay")])
        #expect(F.decode(F.K(7, 9, 13, 53) + F.enter, layout: .be) == [.code("§!-=")])
    }

    @Test func altGrReachesTheASCIISymbolsOfEuropeanLayouts() {
        let altGr = { (key: UInt16) in F.down(100) + F.K(key) + F.up(100) }
        #expect(F.decode(altGr(16) + altGr(12) + F.enter, layout: .de) == [.code("@\\")])
        #expect(F.decode(altGr(11) + altGr(4) + F.enter, layout: .fr) == [.code("@#")])
        #expect(F.decode(altGr(3) + altGr(4) + F.enter, layout: .be) == [.code("@#")])
    }

    @Test func rightAltOnUSIsAltForKeypadCodes() {
        let records = F.down(100) + F.K(82, 80, 73) + F.up(100) + F.enter
        #expect(F.decode(records, layout: .us) == [.code("\u{1D}")])
    }

    @Test func namedFindsEveryConfigNameAndAliases() {
        for layout in KeyboardLayout.all {
            #expect(KeyboardLayout.named(layout.name) == layout)
        }
        #expect(KeyboardLayout.named(nil) == .us)
        #expect(KeyboardLayout.named("GB") == .uk)
        #expect(KeyboardLayout.named("azerty") == .fr)
        #expect(KeyboardLayout.named("dvorak") == nil)
        #expect(KeyboardLayout.supportedNames == ["us", "uk", "de", "fr", "be"])
    }

    @Test(arguments: KeyboardLayout.all)
    func everyLayoutTypesDigitsLettersAndTheGS1Set(layout: KeyboardLayout) throws {
        let text = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"%&'()*+,-./:;<=>?_ "
        let records = try EvdevKeystrokeEncoder(layout: layout).records(for: text)
        #expect(F.decode(records, layout: layout) == [.code(ScannedCode(raw: text))])
    }
}
