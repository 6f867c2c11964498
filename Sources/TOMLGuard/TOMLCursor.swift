/// A position in the config bytes that keeps count of lines, so every refusal can name its place.
struct TOMLCursor {
    let bytes: [UInt8]
    let limits: TOMLLimits
    private(set) var index: Int
    private(set) var line = 1
    private var lineStart: Int

    init(bytes: [UInt8], start: Int, limits: TOMLLimits) {
        self.bytes = bytes
        self.limits = limits
        self.index = start
        self.lineStart = start
    }

    var isAtEnd: Bool { index >= bytes.count }
    var current: UInt8? { peek(0) }

    func peek(_ offset: Int) -> UInt8? {
        let position = index + offset
        return position < bytes.count ? bytes[position] : nil
    }

    func hasPrefix(_ ascii: String) -> Bool {
        var position = index
        for byte in ascii.utf8 {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// Scalars from the start of the line up to here, plus one: non-continuation bytes.
    var column: Int {
        bytes[lineStart..<min(index, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < bytes.count {
            if bytes[index] == ASCII.lineFeed {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    /// Consumes `ascii` when it comes next.
    mutating func take(_ ascii: String) -> Bool {
        guard hasPrefix(ascii) else { return false }
        advance(ascii.utf8.count)
        return true
    }

    mutating func skipWhitespace() {
        while let byte = current, byte == ASCII.space || byte == ASCII.tab { advance() }
    }

    /// Consumes `\n` or `\r\n`; the byte screen already refused a CR on its own.
    mutating func takeLineBreak() -> Bool {
        take("\n") || take("\r\n")
    }

    mutating func skipComment() {
        guard current == ASCII.hash else { return }
        while let byte = current, byte != ASCII.lineFeed, byte != ASCII.carriageReturn { advance() }
    }

    /// Whitespace, comments and line breaks, as allowed between array elements.
    mutating func skipBlankLines() {
        while true {
            skipWhitespace()
            skipComment()
            guard takeLineBreak() else { return }
        }
    }

    func failure(_ message: String, code: TOMLGuardError.Code = .syntax) -> TOMLGuardError {
        TOMLGuardError(code, line: line, column: column, message: message)
    }

    /// Names what stands at the cursor for a message: `'x'`, "a line break" or "the end of the file".
    var seen: String {
        guard let byte = current else { return "the end of the file" }
        if byte == ASCII.lineFeed || byte == ASCII.carriageReturn { return "a line break" }
        if byte == ASCII.space || byte == ASCII.tab { return "a space" }
        guard byte < 0x80 else { return "a non-ASCII character" }
        return "'\(Character(Unicode.Scalar(byte)))'"
    }
}

/// The bytes the TOML grammar is written in.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let apostrophe: UInt8 = 0x27
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let equals: UInt8 = 0x3D
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func isBareKey(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == minus || byte == underscore
    }

    static func hexValue(_ byte: UInt8) -> UInt32 {
        if isDigit(byte) { return UInt32(byte - 0x30) }
        return UInt32((byte | 0x20) - 0x61 + 10)
    }
}
