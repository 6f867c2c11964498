import Testing
@testable import SafeCSV

/// The strict reader behind manifest and catalogue imports: what a lenient reader would load
/// changed is refused with its line, and lines are counted as the file has them.
@Suite struct CSVRecordReaderTests {
    static func read(_ text: String, delimiter: Unicode.Scalar = ",") -> [Result<CSVRecordReader.Record, CSVSyntaxError>] {
        var reader = CSVRecordReader(text, delimiter: delimiter)
        var all: [Result<CSVRecordReader.Record, CSVSyntaxError>] = []
        while let next = reader.next() { all.append(next) }
        return all
    }

    @Test func aStrayQuoteAfterAQuotedCellIsRefusedAndTheNextLineStillReads() throws {
        let results = Self.read("barcode,resident\n\"VG0001\"2,BZ-1\nVG0002,BZ-2\n")
        #expect(results.count == 3)
        #expect(results[1] == .failure(CSVSyntaxError(.textAfterQuote, line: 2)))
        #expect(results[2] == .success(.init(line: 3, fields: ["VG0002", "BZ-2"])))
    }

    @Test func recordsCarryTheLineTheyStartOnAcrossQuotedLineBreaks() {
        let results = Self.read("a;b\r\n\"two\nlines\";x\r\n\r\n  \" He said \"\"hi\"\"\"  ; 12\" wheel \n", delimiter: ";")
        #expect(results == [
            .success(.init(line: 1, fields: ["a", "b"])),
            .success(.init(line: 2, fields: ["two\nlines", "x"])),
            .success(.init(line: 4, fields: [""])),
            .success(.init(line: 5, fields: [" He said \"hi\"", "12\" wheel"])),
        ])
    }

    @Test func aQuoteLeftOpenAtTheEndIsRefusedWhereItBegan() {
        let results = Self.read("a,b\nx,\"never\nclosed\n")
        #expect(results.last == .failure(CSVSyntaxError(.unclosedQuote, line: 2)))
        if case .failure(let refusal)? = results.last {
            #expect(refusal.english.contains("line 2") && refusal.dutch.contains("regel 2"))
        }
    }
}
