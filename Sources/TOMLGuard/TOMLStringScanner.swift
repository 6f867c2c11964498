/// The four TOML string forms: basic `"…"`, literal `'…'` and their triple-quoted multi-line kinds.
enum TOMLStringScanner {
    /// Consumes one string of any form; keys pass `allowMultiLine: false`, as TOML requires.
    static func scan(_ cursor: inout TOMLCursor, allowMultiLine: Bool) throws(TOMLGuardError) {
        let isBasic = cursor.current == ASCII.quote
        let triple = isBasic ? "\"\"\"" : "'''"
        if cursor.hasPrefix(triple) {
            guard allowMultiLine else { throw cursor.failure("a key cannot be a multi-line string") }
            try scanMultiLine(&cursor, basic: isBasic)
        } else {
            try scanSingleLine(&cursor, basic: isBasic)
        }
    }

    private static func scanSingleLine(_ cursor: inout TOMLCursor, basic: Bool) throws(TOMLGuardError) {
        let quote = basic ? ASCII.quote : ASCII.apostrophe
        let start = cursor
        cursor.advance()
        while let byte = cursor.current {
            if byte == quote {
                cursor.advance()
                return
            }
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn { break }
            if basic && byte == ASCII.backslash {
                try scanEscape(&cursor)
            } else {
                cursor.advance()
            }
        }
        throw start.failure("string is not closed on the line it starts; add the closing \(basic ? "\"" : "'")")
    }

    private static func scanMultiLine(_ cursor: inout TOMLCursor, basic: Bool) throws(TOMLGuardError) {
        let quote = basic ? ASCII.quote : ASCII.apostrophe
        let start = cursor
        cursor.advance(3)
        while let byte = cursor.current {
            if byte == quote {
                var run = 0
                while cursor.peek(run) == quote { run += 1 }
                guard run >= 3 else {
                    cursor.advance(run)
                    continue
                }
                guard run <= 5 else {
                    throw cursor.failure("\(run) quotes in a row end a multi-line string; at most 5 are allowed")
                }
                cursor.advance(run)
                return
            }
            if basic && byte == ASCII.backslash {
                try scanMultiLineEscape(&cursor)
            } else {
                cursor.advance()
            }
        }
        throw start.failure("multi-line string opened here is never closed")
    }

    /// In a multi-line basic string a backslash at the end of a line joins it to the next.
    private static func scanMultiLineEscape(_ cursor: inout TOMLCursor) throws(TOMLGuardError) {
        var offset = 1
        while let byte = cursor.peek(offset), byte == ASCII.space || byte == ASCII.tab { offset += 1 }
        let next = cursor.peek(offset)
        guard next == ASCII.lineFeed || next == ASCII.carriageReturn else {
            try scanEscape(&cursor)
            return
        }
        cursor.advance(offset)
        while let byte = cursor.current,
              byte == ASCII.space || byte == ASCII.tab || byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
            cursor.advance()
        }
    }

    /// `\b \t \n \f \r \" \\`, `\uXXXX` and `\UXXXXXXXX` naming a Unicode scalar; nothing else.
    private static func scanEscape(_ cursor: inout TOMLCursor) throws(TOMLGuardError) {
        let start = cursor
        cursor.advance()
        guard let letter = cursor.current else { throw start.failure("a backslash ends the file") }
        switch letter {
        case 0x62, 0x74, 0x6E, 0x66, 0x72, ASCII.quote, ASCII.backslash:
            cursor.advance()
        case 0x75, 0x55:
            cursor.advance()
            try scanUnicodeEscape(&cursor, digits: letter == 0x75 ? 4 : 8, start: start)
        default:
            throw start.failure("a backslash followed by \(cursor.seen) is not a TOML escape; write \\\\ for a backslash")
        }
    }

    private static func scanUnicodeEscape(_ cursor: inout TOMLCursor, digits: Int, start: TOMLCursor) throws(TOMLGuardError) {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = cursor.current, ASCII.isHexDigit(byte) else {
                throw start.failure("a \\\(digits == 4 ? "u" : "U") escape needs \(digits) hexadecimal digits")
            }
            value = value << 4 | ASCII.hexValue(byte)
            cursor.advance()
        }
        guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF) else {
            throw start.failure("escape does not name a Unicode scalar value")
        }
    }
}
