import Testing
@testable import HubConfig

@Suite struct KeyLineLocatorTests {
    @Test func tracksTablesAndArrayTableOccurrences() {
        let locator = KeyLineLocator(text: """
            top = 1
            [hub]
            name = "x"  # comment = not a key
            [[devices]]
            name = "a"
            [[devices]]
              "name" = "b"
            """)
        #expect(locator.line(of: "top", in: .root) == 1)
        #expect(locator.headerLine(of: .table("hub")) == 2)
        #expect(locator.line(of: "name", in: .table("hub")) == 3)
        #expect(locator.line(of: "name", in: .arrayTable("devices", index: 0)) == 5)
        #expect(locator.headerLine(of: .arrayTable("devices", index: 1)) == 6)
        #expect(locator.line(of: "name", in: .arrayTable("devices", index: 1)) == 7)
        #expect(locator.line(of: "comment", in: .table("hub")) == nil)
    }

    @Test func skipsTheInsideOfMultiLineValues() {
        let locator = KeyLineLocator(text: #"""
            [[suppliers]]
            patterns = [
                "a = b",
                'x = [',
            ]
            notes = """
            fake = 1
            [[suppliers]]
            """
            id = "v"
            [[suppliers]]
            id = "w"
            """#)
        #expect(locator.line(of: "patterns", in: .arrayTable("suppliers", index: 0)) == 2)
        #expect(locator.line(of: "fake", in: .arrayTable("suppliers", index: 0)) == nil)
        #expect(locator.line(of: "id", in: .arrayTable("suppliers", index: 0)) == 10)
        #expect(locator.line(of: "id", in: .arrayTable("suppliers", index: 1)) == 12)
    }

    @Test func closestMatchIgnoresFarWords() {
        #expect(ClosestMatch.suggestion(for: "drivr", among: ConfigVocabulary.deviceKeys) == "driver")
        #expect(ClosestMatch.suggestion(for: "Baud", among: ConfigVocabulary.deviceKeys) == "baud")
        #expect(ClosestMatch.suggestion(for: "colour", among: ConfigVocabulary.deviceKeys) == nil)
    }
}
