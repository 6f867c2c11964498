import Testing
@testable import KioskKit

@Suite struct FrameWriterTests {
    static let size = TerminalSize(columns: 20, rows: 4)
    static let frame = ["headline", "", "  1   Rit", "footer"].map { RenderedLine(TextWrapper.pad($0, width: 20)) }

    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    static func rowsMoved(_ output: String) -> [Int] {
        (1...40).filter { output.contains("\u{1B}[\($0);1H") }
    }

    @Test func firstFrameDrawsEveryRow() {
        var writer = FrameWriter()
        let output = Self.text(writer.bytes(for: Self.frame, size: Self.size))
        #expect(Self.rowsMoved(output) == [1, 2, 3, 4])
        #expect(output.contains("\u{1B}[2J"))
        #expect(output.contains("headline\u{1B}[K"))
    }

    @Test func anIdenticalFrameWritesNothing() {
        var writer = FrameWriter()
        _ = writer.bytes(for: Self.frame, size: Self.size)
        #expect(writer.bytes(for: Self.frame, size: Self.size).isEmpty)
    }

    @Test func oneChangedLineWritesOnlyThatLine() {
        var writer = FrameWriter()
        _ = writer.bytes(for: Self.frame, size: Self.size)
        var next = Self.frame
        next[2] = RenderedLine(TextWrapper.pad("  2   Klusje", width: 20), style: .strong)
        let output = Self.text(writer.bytes(for: next, size: Self.size))
        #expect(Self.rowsMoved(output) == [3])
        #expect(output == "\u{1B}[3;1H\u{1B}[1m  2   Klusje\u{1B}[0m\u{1B}[K")
    }

    @Test func aResizeOrInvalidateForcesAFullRedraw() {
        var writer = FrameWriter()
        _ = writer.bytes(for: Self.frame, size: Self.size)
        let resized = Self.text(writer.bytes(for: Self.frame, size: TerminalSize(columns: 20, rows: 5)))
        #expect(Self.rowsMoved(resized) == [1, 2, 3, 4])
        writer.invalidate()
        #expect(Self.rowsMoved(Self.text(writer.bytes(for: Self.frame, size: TerminalSize(columns: 20, rows: 5)))) == [1, 2, 3, 4])
    }

    @Test func aFullWidthRowIsNotErasedAfterItsLastCharacter() {
        var writer = FrameWriter()
        let full = [RenderedLine(String(repeating: "x", count: 20))]
        let output = Self.text(writer.bytes(for: full, size: TerminalSize(columns: 20, rows: 1)))
        #expect(output.hasSuffix(String(repeating: "x", count: 20)))
    }

    @Test func theBannerKeepsItsBackgroundAcrossTheRow() {
        let drawn = FrameWriter.draw(RenderedLine(TextWrapper.center("wait", width: 10), style: .banner), width: 10)
        #expect(drawn.contains("   wait   "))
        #expect(drawn.hasPrefix("\u{1B}[1;30;43m"))
    }
}
