/// The first pass over the bytes: size, UTF-8, raw control characters and line length.
///
/// It runs before any grammar so that the grammar pass can assume clean, bounded lines, and so that
/// a NUL or a stray escape byte is named with its line rather than as a puzzling syntax error.
enum TOMLByteScreen {
    static func check(_ bytes: [UInt8], limits: TOMLLimits) throws(TOMLGuardError) {
        var line = 1
        var lineStart = 0
        var index = 0
        func failure(_ code: TOMLGuardError.Code, _ message: String, at position: Int) -> TOMLGuardError {
            let column = bytes[lineStart..<position].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            return TOMLGuardError(code, line: line, column: column, message: message)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if index - lineStart >= limits.maxLineBytes, byte != ASCII.lineFeed, byte != ASCII.carriageReturn {
                throw failure(.limitExceeded, "line is longer than \(limits.maxLineBytes) bytes; split it", at: lineStart)
            }
            if byte == ASCII.lineFeed {
                line += 1
                lineStart = index + 1
                index += 1
            } else if byte < 0x80 {
                if let name = forbiddenControlName(byte, next: index + 1 < bytes.count ? bytes[index + 1] : nil) {
                    throw failure(.controlCharacter, "\(name) is not allowed in a config file; inside a string write it as an escape", at: index)
                }
                index += 1
            } else {
                guard let length = scalarLength(bytes, at: index) else {
                    throw failure(.notUTF8, "bytes that are not UTF-8; save the file as UTF-8", at: index)
                }
                index += length
            }
        }
    }

    /// TOML allows tab, line feed and carriage return only as part of `\r\n`; every other control
    /// character, DEL included, must be escaped.
    private static func forbiddenControlName(_ byte: UInt8, next: UInt8?) -> String? {
        switch byte {
        case ASCII.tab: return nil
        case ASCII.carriageReturn: return next == ASCII.lineFeed ? nil : "a carriage return not followed by a line feed"
        case 0x00: return "a NUL byte (U+0000)"
        case 0x01..<0x20, 0x7F: return "the control character U+\(hex4(byte))"
        default: return nil
        }
    }

    private static func hex4(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or `nil`; overlong forms, surrogates
    /// and scalars past U+10FFFF are refused, as the Unicode standard requires.
    private static func scalarLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let lead = bytes[index]
        let (length, lowest, highest): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, lowest, highest) = (2, 0x80, 0xBF)
        case 0xE0: (length, lowest, highest) = (3, 0xA0, 0xBF)
        case 0xED: (length, lowest, highest) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, lowest, highest) = (3, 0x80, 0xBF)
        case 0xF0: (length, lowest, highest) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, lowest, highest) = (4, 0x80, 0xBF)
        case 0xF4: (length, lowest, highest) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= lowest, second <= highest else { return nil }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }
}
