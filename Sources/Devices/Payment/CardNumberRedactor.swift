/// Clears card numbers from text a terminal hands over (receipt lines, status text, card
/// names), because the hub must never store or show a full PAN, and terminals differ in how
/// well they mask their own receipts.
///
/// A candidate is a run of digits in groups separated by one space or dash. Windows of whole
/// groups holding 12–19 digits are tried longest first, and one that passes the Luhn check is
/// replaced by its masked digits, so a PAN followed by an expiry date on the same line is still
/// found. Luhn keeps receipt numbers, dates and amounts readable; a long reference number that
/// happens to pass it is masked too, which is the safe way to be wrong.
public enum CardNumberRedactor {
    static let digitRange = 12...19
    static let visibleDigits = 4

    public static func redact(_ text: String) -> String {
        let characters = Array(text)
        let spans = cardNumberSpans(in: characters)
        guard !spans.isEmpty else { return text }
        var result = ""
        var position = 0
        for span in spans {
            result += String(characters[position..<span.range.lowerBound])
            result += masked(span)
            position = span.range.upperBound
        }
        result += String(characters[position...])
        return result
    }

    public static func containsCardNumber(_ text: String) -> Bool {
        !cardNumberSpans(in: Array(text)).isEmpty
    }

    /// Masks every digit but the last four, keeping other characters: for PANs a terminal
    /// already masked partly (`411111******1111` becomes `************1111`).
    public static func mask(_ text: String) -> String {
        var remainingVisible = visibleDigits
        var reversed: [Character] = []
        for character in text.reversed() {
            guard isDigit(character) else {
                reversed.append(character)
                continue
            }
            reversed.append(remainingVisible > 0 ? character : "*")
            remainingVisible -= 1
        }
        return String(reversed.reversed())
    }

    private struct Group {
        let range: Range<Int>
        let digits: [Int]
    }

    private struct Span {
        let range: Range<Int>
        let digitCount: Int
        let lastDigits: [Int]
    }

    private static func cardNumberSpans(in characters: [Character]) -> [Span] {
        runs(in: characters).flatMap(spans(in:))
    }

    private static func masked(_ span: Span) -> String {
        String(repeating: "*", count: max(0, span.digitCount - span.lastDigits.count))
            + span.lastDigits.map(String.init).joined()
    }

    private static func spans(in run: [Group]) -> [Span] {
        var spans: [Span] = []
        var start = 0
        while start < run.count {
            guard let end = longestCardNumber(in: run, from: start) else {
                start += 1
                continue
            }
            let digits = run[start...end].flatMap(\.digits)
            spans.append(Span(
                range: run[start].range.lowerBound..<run[end].range.upperBound,
                digitCount: digits.count, lastDigits: Array(digits.suffix(visibleDigits))
            ))
            start = end + 1
        }
        return spans
    }

    private static func longestCardNumber(in run: [Group], from start: Int) -> Int? {
        var count = run[start...].reduce(0) { $0 + $1.digits.count }
        for end in stride(from: run.count - 1, through: start, by: -1) {
            defer { count -= run[end].digits.count }
            guard digitRange.contains(count) else { continue }
            if passesLuhn(run[start...end].flatMap(\.digits)) {
                return end
            }
        }
        return nil
    }

    /// Digit groups joined by single spaces or dashes; anything else ends a run.
    private static func runs(in characters: [Character]) -> [[Group]] {
        var runs: [[Group]] = []
        var current: [Group] = []
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, isDigit(characters[index]) {
                index += 1
            }
            current.append(Group(range: start..<index, digits: characters[start..<index].compactMap(\.wholeNumberValue)))
            let joined = index + 1 < characters.count && isSeparator(characters[index]) && isDigit(characters[index + 1])
            if joined {
                index += 1
            } else {
                runs.append(current)
                current = []
            }
        }
        return runs
    }

    static func passesLuhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let doubled = digit * 2
            sum += offset % 2 == 1 ? (doubled > 9 ? doubled - 9 : doubled) : digit
        }
        return sum % 10 == 0
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == " " || character == "-"
    }
}
