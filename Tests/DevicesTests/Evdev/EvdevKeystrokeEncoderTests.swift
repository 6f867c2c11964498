import Devices
import Testing

@Suite struct EvdevKeystrokeEncoderTests {
    typealias F = EvdevFixtures

    @Test func encodesShiftAndSuffixLikeTheHardwareVector() throws {
        let records = try EvdevKeystrokeEncoder(layout: .us).records(for: "A1$")
        let expected = F.down(42) + F.K(30) + F.up(42) + F.K(2) + F.down(42) + F.K(5) + F.up(42) + F.K(28)
        #expect(records == expected)
    }

    @Test func suffixIsOptional() throws {
        let records = try EvdevKeystrokeEncoder().records(for: "12", suffix: false)
        #expect(records == F.K(2, 3))
    }

    @Test func gsIsAltKeypad029() throws {
        let records = try EvdevKeystrokeEncoder(layout: .fr).records(for: "\u{1D}", suffix: false)
        #expect(records == F.down(56) + F.K(82, 80, 73) + F.up(56))
    }

    @Test func deadKeyCharacterIsTypedWithSpace() throws {
        let records = try EvdevKeystrokeEncoder(layout: .de).records(for: "^", suffix: false)
        #expect(records == F.K(41, 57))
    }

    @Test func bytesAreWholeRecords() throws {
        let bytes = try EvdevKeystrokeEncoder().encode("0027314141")
        #expect(bytes.count == 11 * 4 * InputEventRecord.size)
    }

    @Test func characterTheLayoutCannotTypeThrows() {
        let error = #expect(throws: KeystrokeEncodingError.self) {
            try EvdevKeystrokeEncoder(layout: .us).records(for: "12é")
        }
        #expect(error?.code == .unsupportedCharacter)
        #expect(error?.message.contains("us") == true)
        #expect(throws: KeystrokeEncodingError.self) { try EvdevKeystrokeEncoder().records(for: "a\tb") }
    }

    @Test(arguments: KeyboardLayout.all)
    func roundTripsEveryCharacterTheLayoutCanType(layout: KeyboardLayout) throws {
        let printable = (0x20...0x7E).compactMap(Unicode.Scalar.init).map(Character.init)
        let extra: [Character] = ["é", "è", "à", "ç", "ù", "ß", "ä", "ö", "ü", "Ä", "Ö", "Ü", "£", "§", "°", "µ", "²", "¬", "¨", "´"]
        let encoder = EvdevKeystrokeEncoder(layout: layout)
        var typable = ""
        for character in printable + extra where (try? encoder.records(for: String(character))) != nil {
            typable.append(character)
        }
        #expect(typable.count >= 95, "\(layout) types only \(typable.count) characters")
        let text = typable + "\u{1D}" + typable
        #expect(F.decode(try encoder.records(for: text), layout: layout) == [.code(ScannedCode(raw: text))])
    }
}
