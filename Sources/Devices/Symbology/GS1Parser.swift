/// Splits GS1 element strings into application identifiers and values, checking lengths,
/// characters, dates and check digits against `ApplicationIdentifier.table`.
///
/// Every failure is an `InputRejection` naming the AI and the character position, because a
/// GS1 code that does not parse is a misread (or a scanner dropping GS) and must never be
/// booked as something else.
public enum GS1Parser {
    /// The group separator that stands for FNC1 in transmitted data.
    public static let groupSeparator: UInt8 = 0x1D

    /// Parses an element string as scanners transmit it: AI digits, then the value; a
    /// variable-length value ends at GS or at the end. A leading GS (FNC1 in first position,
    /// which some scanners pass through) is skipped.
    public static func parse(_ data: some StringProtocol) -> Result<[GS1Element], InputRejection> {
        let bytes = Array(data.utf8)
        var index = bytes.prefix { $0 == groupSeparator }.count
        guard index < bytes.count else {
            return .failure(rejection(at: 0, "there is no GS1 data", hint: .rescan))
        }
        var elements: [GS1Element] = []
        while index < bytes.count {
            switch element(in: bytes, at: index) {
            case .success(let (element, next)):
                elements.append(element)
                index = next
            case .failure(let rejection):
                return .failure(rejection)
            }
        }
        return .success(elements)
    }

    private static func element(in bytes: [UInt8], at start: Int) -> Result<(GS1Element, Int), InputRejection> {
        guard let entry = ApplicationIdentifier.match(bytes[start...]) else {
            let shown = String(decoding: bytes[start...].prefix(4).map { $0 == groupSeparator ? UInt8(ascii: "?") : $0 }, as: UTF8.self)
            return .failure(rejection(at: start, "unknown application identifier \"\(shown)…\"", hint: .separator))
        }
        let valueStart = start + entry.ai.utf8.count
        let available = bytes[valueStart...].prefix(entry.maxLength + 1).prefix { $0 != groupSeparator }
        var end = valueStart + min(available.count, entry.maxLength)
        if let problem = lengthProblem(entry, found: available.count) {
            return .failure(rejection(at: valueStart, problem, hint: .separator))
        }
        let value = bytes[valueStart..<end]
        if let problem = entry.problem(with: value) {
            return .failure(rejection(at: valueStart, problem, hint: entry.content == .checkDigit ? .misread : .rescan))
        }
        if end < bytes.count, bytes[end] != groupSeparator, entry.separatorRequired {
            return .failure(rejection(at: end, "(\(entry.ai)) \(entry.title) must be followed by a GS separator", hint: .separator))
        }
        while end < bytes.count, bytes[end] == groupSeparator {
            end += 1
        }
        return .success((GS1Element(ai: entry.ai, value: String(decoding: value, as: UTF8.self)), end))
    }

    /// `found` counts up to one character beyond the maximum, so an overlong value is seen.
    static func lengthProblem(_ entry: ApplicationIdentifier, found: Int) -> String? {
        switch entry.length {
        case .fixed(let count) where found < count:
            "(\(entry.ai)) \(entry.title) needs \(count) characters, found \(found)"
        case .variable(max: let max) where found > max:
            "(\(entry.ai)) \(entry.title) is longer than \(max) characters (a GS separator is probably missing)"
        case .variable where found == 0:
            "(\(entry.ai)) \(entry.title) is empty"
        default:
            nil
        }
    }

    enum Hint {
        case rescan
        case misread
        case separator

        var advice: String {
            switch self {
            case .rescan: "scan again; if it happens again, type the code in"
            case .misread: "the label was misread or is damaged — scan again, or type the code in"
            case .separator: "scan again; if it repeats, the scanner may drop the GS separator (keyboard wedges often do) — use serial or HID POS mode"
            }
        }
    }

    /// `offset` is 0-based in the data after the symbology identifier; staff see it 1-based.
    static func rejection(at offset: Int, _ problem: String, hint: Hint) -> InputRejection {
        InputRejection(.checksum, "GS1 code refused at character \(offset + 1): \(problem) — \(hint.advice)")
    }
}
