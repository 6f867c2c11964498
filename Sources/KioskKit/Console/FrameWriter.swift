/// Turns frames into terminal bytes, sending only the rows that changed.
///
/// Redrawing the whole screen on every key makes an old monitor flicker, which unsettles
/// residents; so each frame positions the cursor on changed rows only, and the whole frame goes
/// out in one `write(2)` so the terminal never shows half of it.
public struct FrameWriter: Sendable {
    private var previous: [RenderedLine]?
    private var size: TerminalSize?

    public init() {}

    /// Forgets what is on screen, so the next frame is drawn in full (after a resize, or when
    /// something else may have drawn over it).
    public mutating func invalidate() {
        previous = nil
    }

    /// The bytes that bring the terminal from the last frame to `frame`; empty when nothing
    /// changed. A different `size` from last time forces a full redraw.
    public mutating func bytes(for frame: [RenderedLine], size: TerminalSize) -> [UInt8] {
        if size != self.size {
            self.size = size
            previous = nil
        }
        var output = ""
        if previous == nil { output += TerminalCodes.resetStyle + TerminalCodes.clearScreen }
        for (index, line) in frame.enumerated() {
            if let previous, index < previous.count, previous[index] == line { continue }
            output += TerminalCodes.moveTo(row: index + 1, column: 1) + Self.draw(line, width: size.columns)
        }
        previous = frame
        return Array(output.utf8)
    }

    /// One row: colour, the text, colour off, and the rest of the row erased.
    ///
    /// The text is hubd's data, so it passes `TerminalText` here, the last step before bytes;
    /// the console's own codes are added around it afterwards.
    ///
    /// Trailing blanks are not sent but erased, and a row filling the last column gets no
    /// erase: in xterm-style terminals that would wipe the last character (pending wrap).
    static func draw(_ line: RenderedLine, width: Int) -> String {
        let sgr = TerminalCodes.style(line.style)
        var text = TerminalText.line(line.text)
        if line.style != .banner {
            while text.last == " " { text.removeLast() }
        }
        let erase = text.count < width ? TerminalCodes.eraseToEndOfLine : ""
        guard !sgr.isEmpty else { return text + erase }
        return sgr + text + TerminalCodes.resetStyle + erase
    }
}
