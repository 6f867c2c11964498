/// The grammar pass: walks a screened text along the TOML 1.0 ABNF and stops at the first place
/// it breaks, so toml++ only ever sees documents that are well-formed down to every token.
///
/// It checks syntax only. Meaning (a key defined twice, a table reopened) stays with toml++, whose
/// checks for those report errors rather than assert.
struct TOMLSyntaxChecker {
    private var cursor: TOMLCursor

    init(bytes: [UInt8], start: Int, limits: TOMLLimits) {
        cursor = TOMLCursor(bytes: bytes, start: start, limits: limits)
    }

    mutating func checkDocument() throws(TOMLGuardError) {
        while !cursor.isAtEnd {
            cursor.skipWhitespace()
            switch cursor.current {
            case ASCII.hash?, ASCII.lineFeed?, ASCII.carriageReturn?, nil:
                try endLine(after: "a comment")
            case ASCII.openBracket?:
                try checkTableHeader()
                try endLine(after: "the table header")
            default:
                try checkKeyValue(depth: 0)
                try endLine(after: "the value")
            }
        }
    }

    /// After an expression only whitespace, a comment and the line break may follow.
    private mutating func endLine(after what: String) throws(TOMLGuardError) {
        cursor.skipWhitespace()
        cursor.skipComment()
        guard cursor.isAtEnd || cursor.takeLineBreak() else {
            throw cursor.failure("expected the end of the line after \(what), saw \(cursor.seen)")
        }
    }

    /// `[name]` or `[[name]]`, brackets of an array header written together.
    private mutating func checkTableHeader() throws(TOMLGuardError) {
        cursor.advance()
        let isArray = cursor.current == ASCII.openBracket
        if isArray { cursor.advance() }
        cursor.skipWhitespace()
        if cursor.current == ASCII.openBracket {
            throw cursor.failure("the brackets of an array of tables are written together, as [[name]]")
        }
        try checkKey(what: "a table name")
        cursor.skipWhitespace()
        let closing = isArray ? "]]" : "]"
        guard cursor.take(closing) else {
            throw cursor.failure("expected '\(closing)' to close the table header, saw \(cursor.seen)")
        }
    }

    /// `key = value`; also the inside of inline tables.
    private mutating func checkKeyValue(depth: Int) throws(TOMLGuardError) {
        try checkKey(what: "a key")
        cursor.skipWhitespace()
        guard cursor.current == ASCII.equals else {
            throw cursor.failure("expected '=' after the key, saw \(cursor.seen)")
        }
        cursor.advance()
        cursor.skipWhitespace()
        try checkValue(depth: depth)
    }

    /// A bare, quoted or dotted key, bounded in length and parts so no key costs more than a line.
    private mutating func checkKey(what: String) throws(TOMLGuardError) {
        let start = cursor
        var parts = 0
        while true {
            parts += 1
            guard parts <= cursor.limits.maxKeyParts else {
                throw start.failure("\(what) has more than \(cursor.limits.maxKeyParts) dotted parts", code: .limitExceeded)
            }
            try checkSimpleKey(what: what)
            guard cursor.index - start.index <= cursor.limits.maxKeyBytes else {
                throw start.failure("\(what) is longer than \(cursor.limits.maxKeyBytes) bytes", code: .limitExceeded)
            }
            cursor.skipWhitespace()
            guard cursor.current == ASCII.dot else { return }
            cursor.advance()
            cursor.skipWhitespace()
        }
    }

    private mutating func checkSimpleKey(what: String) throws(TOMLGuardError) {
        switch cursor.current {
        case let byte? where ASCII.isBareKey(byte):
            while let next = cursor.current, ASCII.isBareKey(next) {
                cursor.advance()
            }
        case ASCII.quote?, ASCII.apostrophe?:
            try TOMLStringScanner.scan(&cursor, allowMultiLine: false)
        default:
            throw cursor.failure("expected \(what) (letters, digits, '-', '_' or a quoted name), saw \(cursor.seen)")
        }
    }

    private mutating func checkValue(depth: Int) throws(TOMLGuardError) {
        switch cursor.current {
        case ASCII.quote?, ASCII.apostrophe?:
            try TOMLStringScanner.scan(&cursor, allowMultiLine: true)
        case ASCII.openBracket?:
            try checkArray(depth: depth + 1)
        case ASCII.openBrace?:
            try checkInlineTable(depth: depth + 1)
        default:
            try TOMLScalarScanner.scan(&cursor)
        }
    }

    private mutating func checkNesting(_ depth: Int) throws(TOMLGuardError) {
        guard depth <= cursor.limits.maxNesting else {
            throw cursor.failure("arrays and inline tables nest deeper than \(cursor.limits.maxNesting) levels", code: .limitExceeded)
        }
    }

    /// `[ a, b, ]`: line breaks, comments and one trailing comma allowed.
    private mutating func checkArray(depth: Int) throws(TOMLGuardError) {
        try checkNesting(depth)
        let start = cursor
        cursor.advance()
        cursor.skipBlankLines()
        while cursor.current != ASCII.closeBracket {
            guard !cursor.isAtEnd else { throw start.failure("array opened here is never closed with ']'") }
            try checkValue(depth: depth)
            cursor.skipBlankLines()
            if cursor.current == ASCII.comma {
                cursor.advance()
                cursor.skipBlankLines()
            } else if cursor.current != ASCII.closeBracket {
                throw cursor.failure("expected ',' or ']' after an array element, saw \(cursor.seen)")
            }
        }
        cursor.advance()
    }

    /// `{ a = 1, b = 2 }`: on one line and without a trailing comma, as TOML 1.0 requires.
    private mutating func checkInlineTable(depth: Int) throws(TOMLGuardError) {
        try checkNesting(depth)
        cursor.advance()
        cursor.skipWhitespace()
        if cursor.take("}") { return }
        while true {
            try checkKeyValue(depth: depth)
            cursor.skipWhitespace()
            if cursor.take("}") { return }
            guard cursor.take(",") else {
                throw cursor.failure("expected ',' or '}' in an inline table (which stays on one line), saw \(cursor.seen)")
            }
            cursor.skipWhitespace()
        }
    }
}
