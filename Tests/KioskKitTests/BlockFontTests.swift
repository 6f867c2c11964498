import Testing
@testable import KioskKit

@Suite struct BlockFontTests {
    static let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let punctuation = ". , : ! ? - € ' / ( ) +"

    @Test func everyGlyphIsFiveRowsAndAsWideAsMeasured() {
        for text in [Self.alphabet, "0123456789", Self.punctuation, "Houd uw pas"] {
            let rows = BlockFont.render(text)
            #expect(rows.count == BlockFont.height)
            #expect(rows.allSatisfy { $0.count == BlockFont.width(of: text) })
        }
    }

    @Test func noTwoGlyphsLookAlike() {
        let patterns = BlockFont.cells.values.map { $0.joined(separator: "\n") }
        #expect(Set(patterns).count == patterns.count)
        #expect(!patterns.contains(BlockFont.unknownGlyph.joined(separator: "\n")))
    }

    @Test func noGlyphHasAnEmptyColumn() {
        for (character, rows) in BlockFont.cells {
            let width = rows[0].count
            let empty = (0..<width).filter { column in rows.allSatisfy { Array($0)[column] == " " } }
            #expect(empty.isEmpty, "\(character) has empty columns \(empty)")
            #expect(rows.allSatisfy { $0.count == width }, "\(character) has ragged rows")
        }
    }

    @Test(arguments: [alphabet, "0123456789", punctuation, "HOLD YOUR PASS TO THE READER", "RIT NAAR DE MARKT € 1,50", "A  B"])
    func readsBackWhatItRenders(_ text: String) {
        #expect(BlockFont.read(BlockFont.render(text)) == text)
    }

    @Test func lowerCaseRendersAsUpperCase() {
        #expect(BlockFont.render("houd uw pas") == BlockFont.render("HOUD UW PAS"))
        #expect(BlockFont.read(BlockFont.render("abcdefghijklmnopqrstuvwxyz")) == Self.alphabet)
    }

    @Test func dutchDiacriticsFoldToTheirBaseLetter() {
        #expect(BlockFont.read(BlockFont.render("Één café, ëën reünie — Curaçao")) == "EEN CAFE, EEN REUNIE - CURACAO")
        #expect(BlockFont.read(BlockFont.render("ĳs")) == "IJS")
        #expect(BlockFont.read(BlockFont.render("’s avonds")) == "'S AVONDS")
    }

    @Test func unknownCharactersDrawABoxAndNeverCrash() {
        let rows = BlockFont.render("A☃B🙂")
        #expect(rows.count == 5)
        #expect(BlockFont.read(rows) == "A\u{FFFD}B\u{FFFD}")
        #expect(BlockFont.render("") == ["", "", "", "", ""])
        #expect(BlockFont.width(of: "") == 0)
    }

    @Test func readsCentredRowsWithTrimmedTrailingSpaces() {
        let rows = BlockFont.render("PAS").map { "      " + $0 + "   " }
        let trimmed = rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(BlockFont.read(trimmed) == "PAS")
    }

    @Test func refusesWhatIsNotBlockText() {
        #expect(BlockFont.read(["abc"]) == nil)
        #expect(BlockFont.read(["", "", "", "", ""]) == nil)
        #expect(BlockFont.read(["█", "", "", "", ""]) == nil)
    }
}
