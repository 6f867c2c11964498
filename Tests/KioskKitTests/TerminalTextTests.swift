import Testing
@testable import KioskKit

@Suite struct TerminalTextTests {
    static let mark = "\u{FFFD}"

    @Test func plainTextPassesUntouched() {
        #expect(TerminalText.line("José Ñúñez — Zoë 12a") == "José Ñúñez — Zoë 12a")
        #expect(TerminalText.block("a\n\tb") == "a\n\tb")
    }

    @Test func anOSC52ClipboardWriteBecomesOnePlaceholder() {
        #expect(TerminalText.line("Jan\u{1B}]52;c;aGVsbG8=\u{07}de Vries") == "Jan\(Self.mark)de Vries")
        #expect(TerminalText.line("Jan\u{1B}]52;c;aGVsbG8=\u{1B}\\ de Vries") == "Jan\(Self.mark) de Vries")
    }

    @Test func csiSequencesInSevenAndEightBitFormGoWhole() {
        #expect(TerminalText.line("\u{1B}[2J\u{1B}[1;31mRood") == "\(Self.mark)\(Self.mark)Rood")
        #expect(TerminalText.line("a\u{9B}?1049hb") == "a\(Self.mark)b")
        #expect(TerminalText.line("reset\u{1B}c!") == "reset\(Self.mark)!")
        #expect(TerminalText.line("charset\u{1B}(B.") == "charset\(Self.mark).")
    }

    @Test func otherControlsBecomeAPlaceholderEach() {
        #expect(TerminalText.line("a\u{0}b\u{7}c\u{7F}d\u{85}e") == "a\(Self.mark)b\(Self.mark)c\(Self.mark)d\(Self.mark)e")
        #expect(TerminalText.line("over\rwrite") == "over\(Self.mark)write")
    }

    @Test func anUnterminatedStringShowsItsRestAsText() {
        #expect(TerminalText.line("x\u{1B}]52;c;abc") == "x\(Self.mark)52;c;abc")
        #expect(TerminalText.line("x\u{1B}") == "x\(Self.mark)")
    }

    @Test func oneLineTextHasNoLineBreaksButBlocksKeepThem() {
        #expect(TerminalText.line("a\nb\tc") == "a b c")
        #expect(TerminalText.block("a\u{1B}[31m\nb") == "a\(Self.mark)\nb")
    }

    @Test func aTableCellCannotBreakTheRowOrItsAlignment() {
        let table = TextTable.render(["name", "nr"], [["Jan\nde Vries", "1"], ["Ria\u{1B}[8m", "2"]])
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(!table.contains("\u{1B}"))
        #expect(lines[2] == "Jan de Vries  1")
        #expect(lines[3] == "Ria\(Self.mark)          2")
    }

    @Test func theConsoleDrawsDataSafelyAndKeepsItsOwnCodes() {
        var writer = FrameWriter()
        let frame = [RenderedLine("Jan\u{1B}]52;c;eA==\u{07}", style: .strong)]
        let output = String(decoding: writer.bytes(for: frame, size: TerminalSize(columns: 20, rows: 1)), as: UTF8.self)
        #expect(!output.contains("]52"))
        #expect(output.contains("\u{1B}[1mJan\(Self.mark)\u{1B}[0m\u{1B}[K"))
        #expect(output.contains("\u{1B}[1;1H"))
    }
}
