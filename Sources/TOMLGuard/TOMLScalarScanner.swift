/// Booleans, numbers, dates and times: every TOML value that is neither a string nor a container.
///
/// Each scan consumes exactly one well-formed token; what may follow it is the caller's business.
enum TOMLScalarScanner {
    static func scan(_ cursor: inout TOMLCursor) throws(TOMLGuardError) {
        if cursor.take("true") || cursor.take("false") { return }
        if isDigits(cursor, 0..<4), cursor.peek(4) == ASCII.minus {
            try scanDateTime(&cursor)
        } else if isDigits(cursor, 0..<2), cursor.peek(2) == ASCII.colon {
            try scanTime(&cursor)
        } else {
            try scanNumber(&cursor)
        }
    }

    private static func isDigits(_ cursor: TOMLCursor, _ offsets: Range<Int>) -> Bool {
        offsets.allSatisfy { cursor.peek($0).map(ASCII.isDigit) ?? false }
    }

    private static func scanNumber(_ cursor: inout TOMLCursor) throws(TOMLGuardError) {
        let start = cursor
        let signed = cursor.current == ASCII.plus || cursor.current == ASCII.minus
        if signed { cursor.advance() }
        if cursor.take("inf") || cursor.take("nan") { return }
        if !signed, cursor.current == 0x30, let radix = radixDigit(after: cursor) {
            cursor.advance(2)
            try scanDigitRun(&cursor, isDigit: radix, what: "after the radix prefix")
            return
        }
        guard let first = cursor.current, ASCII.isDigit(first) else {
            throw start.failure("expected a value (a string, number, boolean, date, array or inline table), saw \(start.seen)")
        }
        if first == 0x30, let next = cursor.peek(1), ASCII.isDigit(next) || next == ASCII.underscore {
            throw cursor.failure("a number may not start with a leading zero")
        }
        try scanDigitRun(&cursor, isDigit: ASCII.isDigit, what: "")
        if cursor.current == ASCII.dot {
            cursor.advance()
            try scanDigitRun(&cursor, isDigit: ASCII.isDigit, what: "after the decimal point")
        }
        if cursor.current == 0x65 || cursor.current == 0x45 {
            cursor.advance()
            if cursor.current == ASCII.plus || cursor.current == ASCII.minus { cursor.advance() }
            try scanDigitRun(&cursor, isDigit: ASCII.isDigit, what: "in the exponent")
        }
    }

    /// `0x`, `0o` and `0b` select hexadecimal, octal and binary digits.
    private static func radixDigit(after cursor: TOMLCursor) -> ((UInt8) -> Bool)? {
        switch cursor.peek(1) {
        case 0x78: ASCII.isHexDigit
        case 0x6F: { $0 >= 0x30 && $0 <= 0x37 }
        case 0x62: { $0 == 0x30 || $0 == 0x31 }
        default: nil
        }
    }

    /// Digits, with single underscores allowed only between two digits.
    private static func scanDigitRun(_ cursor: inout TOMLCursor, isDigit: (UInt8) -> Bool, what: String) throws(TOMLGuardError) {
        guard let first = cursor.current, isDigit(first) else {
            throw cursor.failure("expected a digit\(what.isEmpty ? "" : " " + what), saw \(cursor.seen)")
        }
        cursor.advance()
        while let byte = cursor.current {
            if isDigit(byte) {
                cursor.advance()
            } else if byte == ASCII.underscore {
                guard let next = cursor.peek(1), isDigit(next) else {
                    throw cursor.failure("an underscore in a number must stand between two digits")
                }
                cursor.advance()
            } else {
                return
            }
        }
    }

    /// `YYYY-MM-DD`, optionally followed by a time (after `T`, `t` or one space) and an offset.
    private static func scanDateTime(_ cursor: inout TOMLCursor) throws(TOMLGuardError) {
        let start = cursor
        let year = try fixedDigits(&cursor, 4, "a date written as YYYY-MM-DD")
        try expect(&cursor, ASCII.minus, "a date written as YYYY-MM-DD")
        let month = try fixedDigits(&cursor, 2, "a date written as YYYY-MM-DD")
        try expect(&cursor, ASCII.minus, "a date written as YYYY-MM-DD")
        let day = try fixedDigits(&cursor, 2, "a date written as YYYY-MM-DD")
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
            let written = String(decoding: cursor.bytes[start.index..<cursor.index], as: UTF8.self)
            throw start.failure("\(written) is not a date on the calendar")
        }
        let delimiter = cursor.current
        let spacedTime = delimiter == ASCII.space && isDigits(cursor, 1..<3) && cursor.peek(3) == ASCII.colon
        guard delimiter == 0x54 || delimiter == 0x74 || spacedTime else { return }
        cursor.advance()
        try scanTime(&cursor)
        try scanOffset(&cursor)
    }

    /// `HH:MM:SS` with an optional fraction of up to nine digits (nanoseconds, what toml++ keeps).
    private static func scanTime(_ cursor: inout TOMLCursor) throws(TOMLGuardError) {
        let start = cursor
        let hour = try fixedDigits(&cursor, 2, "a time written as HH:MM:SS")
        try expect(&cursor, ASCII.colon, "a time written as HH:MM:SS")
        let minute = try fixedDigits(&cursor, 2, "a time written as HH:MM:SS")
        try expect(&cursor, ASCII.colon, "a time written as HH:MM:SS")
        let second = try fixedDigits(&cursor, 2, "a time written as HH:MM:SS")
        guard hour < 24, minute < 60, second < 60 else {
            throw start.failure("the time has an hour past 23, or a minute or second past 59")
        }
        guard cursor.current == ASCII.dot else { return }
        cursor.advance()
        var digits = 0
        while let byte = cursor.current, ASCII.isDigit(byte) {
            digits += 1
            cursor.advance()
        }
        guard (1...9).contains(digits) else {
            throw cursor.failure("a fraction of a second needs 1 to 9 digits, found \(digits)")
        }
    }

    private static func scanOffset(_ cursor: inout TOMLCursor) throws(TOMLGuardError) {
        if cursor.current == 0x5A || cursor.current == 0x7A {
            cursor.advance()
            return
        }
        guard cursor.current == ASCII.plus || cursor.current == ASCII.minus else { return }
        let start = cursor
        cursor.advance()
        let hour = try fixedDigits(&cursor, 2, "an offset written as +HH:MM")
        try expect(&cursor, ASCII.colon, "an offset written as +HH:MM")
        let minute = try fixedDigits(&cursor, 2, "an offset written as +HH:MM")
        guard hour < 24, minute < 60 else { throw start.failure("the offset has an hour past 23 or a minute past 59") }
    }

    private static func fixedDigits(_ cursor: inout TOMLCursor, _ count: Int, _ form: String) throws(TOMLGuardError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard let byte = cursor.current, ASCII.isDigit(byte) else {
                throw cursor.failure("expected \(form), saw \(cursor.seen)")
            }
            value = value * 10 + Int(byte - 0x30)
            cursor.advance()
        }
        return value
    }

    private static func expect(_ cursor: inout TOMLCursor, _ byte: UInt8, _ form: String) throws(TOMLGuardError) {
        guard cursor.current == byte else { throw cursor.failure("expected \(form), saw \(cursor.seen)") }
        cursor.advance()
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
