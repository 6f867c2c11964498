import Foundation
import Testing
@testable import Inventory

@Suite struct TextRulesTests {
    static func refusal(_ value: String, field: String) -> TextFieldError? {
        do {
            try TextRules.check(value, field: field)
            return nil
        } catch {
            return error
        }
    }

    @Test func namesFromEverywhereAreAccepted() {
        for name in ["José Ñúñez", "Zoë", "Ria de Vries-Bakker", "D'Artagnan", "王小明", "=HYPERLINK(\"http://x\",\"y\")"] {
            #expect(Self.refusal(name, field: "name") == nil, "\(name)")
        }
    }

    @Test func nulIsRefusedNamingTheField() throws {
        let error = try #require(Self.refusal("Jan\u{0}de Vries", field: "name"))
        #expect(error.code == .controlCharacter)
        #expect(error.field == "name")
        #expect(error.text.en.contains("field 'name'"))
        #expect(error.text.en.contains("U+0000"))
    }

    @Test func escapeSequencesAreRefused() throws {
        let samples = [
            "Jan\u{1B}[31mRood",
            "Jan\u{1B}]52;c;aGVsbG8=\u{07}",
            "Jan\u{9B}2J",
        ]
        for sample in samples {
            let error = try #require(Self.refusal(sample, field: "street"))
            #expect(error.code == .escapeSequence)
            #expect(error.text.en.contains("field 'street' holds a terminal escape sequence"))
        }
    }

    @Test func delIsAControlCharacter() throws {
        let error = try #require(Self.refusal("Jan\u{7F}", field: "town"))
        #expect(error.code == .controlCharacter)
        #expect(error.text.en.contains("U+007F"))
    }

    @Test func aMegabyteNameIsRefusedWithItsLength() throws {
        let error = try #require(Self.refusal(String(repeating: "a", count: 1_048_576), field: "name"))
        #expect(error.code == .tooLong)
        #expect(error.text.en.hasPrefix("field 'name' is 1048576 characters; at most 100"))
    }

    @Test func theLimitCountsCharactersNotBytes() {
        #expect(Self.refusal(String(repeating: "ë", count: 100), field: "name") == nil)
        #expect(Self.refusal(String(repeating: "ë", count: 101), field: "name")?.code == .tooLong)
    }

    @Test func aLineBreakIsRefusedInAOneLineField() throws {
        let error = try #require(Self.refusal("Dorpsstraat\n12", field: "street"))
        #expect(error.code == .lineBreak)
        #expect(Self.refusal("Dorpsstraat\r", field: "street")?.code == .lineBreak)
    }

    @Test func remarksAndNotesMayHaveSeveralLinesButNoOtherControls() {
        #expect(Self.refusal("bel twee keer\nhond in de tuin", field: "remarks") == nil)
        #expect(Self.refusal("klaar\nopgehaald", field: "note") == nil)
        #expect(Self.refusal("bel\r\ntwee keer", field: "remarks")?.code == .controlCharacter)
        #expect(Self.refusal("bel\ttwee keer", field: "remarks")?.code == .controlCharacter)
        #expect(Self.refusal(String(repeating: "x", count: 1001), field: "remarks")?.code == .tooLong)
    }

    @Test func codesKeepTheGS1SeparatorAndNothingElse() {
        #expect(Self.refusal("0108712345000066\u{1D}21SN-001", field: "barcode") == nil)
        #expect(Self.refusal("0108712345000066\u{1B}", field: "barcode")?.code == .escapeSequence)
        #expect(Self.refusal("SN\u{1D}1", field: "serial")?.code == .controlCharacter)
    }

    @Test func anUnlistedFieldTakesTheDefault() {
        #expect(TextRules.field("something_new") == TextRules.defaultField)
        #expect(Self.refusal(String(repeating: "x", count: 200), field: "something_new") == nil)
        #expect(Self.refusal(String(repeating: "x", count: 201), field: "something_new")?.code == .tooLong)
    }

    @Test func fileContentIsOnlyMeasuredSinceImportsCheckEachRow() {
        #expect(Self.refusal("barcode,resident\r\nVG1,R1\u{0}\r\n", field: "content") == nil)
    }
}

@Suite struct TextFieldWalkTests {
    struct Nested: Codable {
        var houseNumber: String
        var gtins: [String]
        var remarks: String?
    }

    static func refusal(_ value: Any) -> TextFieldError? {
        do {
            try TextRules.checkFields(of: value)
            return nil
        } catch {
            return error
        }
    }

    @Test func everyFieldOfARequestIsCheckedUnderItsJSONName() {
        #expect(Self.refusal(ResidentFields(name: "Zoë", street: "Brink", remarks: "bel\naan")) == nil)
        #expect(Self.refusal(ResidentFields(name: "Jan\u{1B}[2J"))?.field == "name")
        #expect(Self.refusal(ResidentFields(houseNumber: String(repeating: "1", count: 21)))?.field == "house_number")
        #expect(Self.refusal(ResidentFields(remarks: "a\u{0}"))?.field == "remarks")
        #expect(Self.refusal(ResidentFields(phone: "06\n12"))?.code == .lineBreak)
    }

    @Test func arraysAndOptionalsAreWalked() {
        #expect(Self.refusal(Nested(houseNumber: "12a", gtins: ["8712345000066"], remarks: nil)) == nil)
        #expect(Self.refusal(Nested(houseNumber: "12a", gtins: ["871", "87\u{0}"], remarks: nil))?.field == "gtins")
        #expect(Self.refusal(Nested(houseNumber: "12a", gtins: [], remarks: "x\u{9B}"))?.code == .escapeSequence)
    }

    @Test func snakeCaseMatchesTheJSONKeys() {
        #expect(TextRules.snakeCase("houseNumber") == "house_number")
        #expect(TextRules.snakeCase("overrideReason") == "override_reason")
        #expect(TextRules.snakeCase("uid") == "uid")
    }
}

@Suite struct TextRulesImportTests {
    @Test func aManifestRowWithControlCharactersIsNamedByLineAndTheRestLoads() {
        let csv = "barcode,resident\nVG10000001,R1\nVG10000002,R\u{1B}]52;c;eA==\u{07}\nVG10000003,R3\n"
        let parsed = ManifestParser.parse(csv, format: .csv)
        #expect(parsed.rows.map(\.barcode) == ["VG10000001", "VG10000003"])
        #expect(parsed.errors.map(\.line) == [3])
        #expect(parsed.errors.first?.message.en.contains("field 'resident' holds a terminal escape sequence") == true)
    }

    @Test func aJSONManifestRowWithANulIsRefused() {
        let json = "[{\"barcode\": \"VG10000001\", \"resident\": \"R1\"},\n {\"barcode\": \"VG10000002\", \"resident\": \"R\\u0000\"}]"
        let parsed = ManifestParser.parse(json, format: .json)
        #expect(parsed.rows.count == 1)
        #expect(parsed.errors.map(\.line) == [2])
        #expect(parsed.errors.first?.message.en.contains("U+0000") == true)
    }

    @Test func aCatalogueRowWithATooLongNameIsNamedByLine() async throws {
        let hub = try TestHub()
        let long = String(repeating: "x", count: 101)
        let csv = """
            number,gtin,name,category,kind
            VG-100,\(TestHub.rollatorGTIN),Rollator,mobility,loan
            VG-200,\(TestHub.gauzeGTIN),\(long),mobility,loan
            """
        let result = try await hub.articles.importCSV(csv, fileName: "vegro.csv", by: TestHub.concierge)
        #expect(result.loaded == 1)
        #expect(result.errors.map(\.line) == [3])
        #expect(result.errors.first?.message.en.contains("field 'name' is 101 characters; at most 100") == true)
    }
}
