/// Text from hubd made safe for a terminal: names, remarks, codes and hubd's messages are data,
/// and data must never drive the terminal. An OSC 52 sequence in a name once wrote the kiosk's
/// clipboard; here every control character (C0, DEL, C1) becomes one visible placeholder, and an
/// escape sequence it starts (CSI, or an OSC/DCS/APC/PM/SOS string up to its terminator, after
/// ECMA-48 section 5) goes with it, so the screen shows that something was there and nothing runs.
///
/// The console's own escape codes are added after this (`FrameWriter`), never passed through it.
enum TerminalText {
    static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// C0 (NUL…US), DEL and C1: the code points a terminal may act on.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// One row of a table or the console: a line break or tab (a remark may hold several lines)
    /// becomes a space, so the row stays one row.
    static func line(_ text: String) -> String {
        sanitized(text, keepsLayout: false)
    }

    /// Lines for the command line: `\n` and tab keep their meaning, everything else is replaced.
    static func block(_ text: String) -> String {
        sanitized(text, keepsLayout: true)
    }

    private static func sanitized(_ text: String, keepsLayout: Bool) -> String {
        guard text.unicodeScalars.contains(where: Self.isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if !Self.isControl(scalar) {
                output.append(scalar)
                index += 1
            } else if scalar == "\n" || scalar == "\t" {
                output.append(keepsLayout ? scalar : " ")
                index += 1
            } else {
                output.append(placeholder)
                index = end(ofSequenceAt: index, in: scalars)
            }
        }
        return String(output)
    }

    /// The index just after the control at `start` and the escape sequence it introduces.
    static func end(ofSequenceAt start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = start + 1
        var introducer = scalars[start].value
        if introducer == 0x1B {
            guard index < scalars.count else { return index }
            let next = scalars[index].value
            guard (0x40...0x5F).contains(next) else { return end(ofShortEscapeAt: index, in: scalars) }
            introducer = next + 0x40
            index += 1
        }
        switch introducer {
        case 0x9B:
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            return index < scalars.count && (0x40...0x7E).contains(scalars[index].value) ? index + 1 : index
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            return end(ofControlStringAt: index, in: scalars) ?? index
        default:
            return index
        }
    }

    /// `ESC ( B` and friends: intermediates, then one final character.
    private static func end(ofShortEscapeAt start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
        return index < scalars.count && (0x30...0x7E).contains(scalars[index].value) ? index + 1 : start
    }

    /// A control string ends at BEL or ST (`ESC \` or 0x9C); unterminated, only its introducer
    /// is dropped and the rest shows as text.
    private static func end(ofControlStringAt start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x07 || value == 0x9C { return index + 1 }
            if value == 0x1B, index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
            index += 1
        }
        return nil
    }
}
