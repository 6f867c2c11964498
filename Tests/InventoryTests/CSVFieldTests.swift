import SafeCSV
import Testing
@testable import Inventory

@Suite struct CSVFieldTests {
    /// The prefixes OWASP's "CSV Injection" page lists: = + - @ tab and carriage return.
    @Test func everyFormulaPrefixIsGuarded() {
        #expect(CSVField.encode("=1+2") == "'=1+2")
        #expect(CSVField.encode("+31 6 1234") == "'+31 6 1234")
        #expect(CSVField.encode("-2+3") == "'-2+3")
        #expect(CSVField.encode("@SUM(A1:A9)") == "'@SUM(A1:A9)")
        #expect(CSVField.encode("\tcmd") == "'\tcmd")
        #expect(CSVField.encode("\rcmd") == "\"'\rcmd\"")
        #expect(CSVField.encode("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0")
    }

    @Test func aGuardedCellWithQuotesIsQuotedAroundTheGuard() {
        #expect(CSVField.encode("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
    }

    @Test func plainNumbersStayNumbers() {
        #expect(CSVField.encode("-2") == "-2")
        #expect(CSVField.encode("-1250") == "-1250")
        #expect(CSVField.encode("-1.5") == "-1.5")
        #expect(CSVField.encode("-1,5") == "\"-1,5\"")
        #expect(CSVField.encode("42") == "42")
        #expect(CSVField.encode("-") == "'-")
        #expect(CSVField.encode("-1.") == "'-1.")
        #expect(CSVField.encode("-1.2.3") == "'-1.2.3")
    }

    @Test func quotesCommasAndLineBreaksAreQuotedPerRFC4180() {
        #expect(CSVField.encode("de Vries, Jan") == "\"de Vries, Jan\"")
        #expect(CSVField.encode("12\" monitor") == "\"12\"\" monitor\"")
        #expect(CSVField.encode("bel aan\nhond") == "\"bel aan\nhond\"")
        #expect(CSVField.encode("José Ñúñez") == "José Ñúñez")
        #expect(CSVField.encode("") == "")
    }

    /// Found while fuzzing manifest-csv, where a round trip lost a mark: a quote followed by a
    /// combining mark is one `Character`, so it was not doubled, and a CSV reader ended the cell
    /// there; the rest, `=X`, arrived as a cell of its own that the formula guard had never seen.
    @Test func aQuoteFollowedByACombiningMarkIsDoubled() {
        #expect(Array(CSVField.encode("a\"\u{301},=X").unicodeScalars) == Array("\"a\"\"\u{301},=X\"".unicodeScalars))
        #expect(Array(CSVField.record(["\"\u{6E3}", "b"]).unicodeScalars) == Array("\"\"\"\u{6E3}\",b\n".unicodeScalars))
    }

    @Test func aRecordEndsInALineFeed() {
        #expect(CSVField.record(["=1+2", "-2", "a,b"]) == "'=1+2,-2,\"a,b\"\n")
    }

    @Test func theStopListGuardsANameThatLooksLikeAFormula() throws {
        let csv = try CSVText.render(header: ["name", "count"], rows: [["@SUM(A1)", "-3"]])
        #expect(csv == "name,count\n'@SUM(A1),-3\n")
    }

    @Test func aCellWithEdgeSpacesIsQuotedSoATrimmingReaderKeepsIt() {
        #expect(CSVField.encode("Apotheek ") == "\"Apotheek \"")
        #expect(CSVField.encode("x\t") == "\"x\t\"")
        #expect(CSVField.encode("a b") == "a b")
        var reader = CSVRecordReader(CSVField.record([" padded ", "end"]))
        #expect(reader.next() == .success(.init(line: 1, fields: [" padded ", "end"])))
    }
}
