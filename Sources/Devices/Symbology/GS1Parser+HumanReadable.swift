extension GS1Parser {
    /// Whether `text` is written the way GS1 prints it under a barcode, `(01)…(10)…`, which
    /// some scanners and all people produce.
    public static func isHumanReadable(_ text: some StringProtocol) -> Bool {
        marker(in: Array(text.utf8), at: 0) != nil
    }

    /// Parses the bracketed form. A value runs up to the next `(` that opens a known AI, so
    /// brackets inside a batch number survive; spaces around values are ignored because GS1
    /// values never contain them.
    public static func parseHumanReadable(_ text: some StringProtocol) -> Result<[GS1Element], InputRejection> {
        let bytes = Array(text.utf8)
        guard var current = marker(in: bytes, at: 0) else {
            return .failure(rejection(at: 0, "expected \"(\" and an application identifier, like (01)", hint: .rescan))
        }
        var elements: [GS1Element] = []
        while true {
            let next = (current.valueStart..<bytes.count).lazy.compactMap { marker(in: bytes, at: $0) }.first
            switch value(of: current.entry, in: bytes, from: current.valueStart, to: next?.start ?? bytes.count) {
            case .success(let value):
                elements.append(GS1Element(ai: current.entry.ai, value: value))
            case .failure(let rejection):
                return .failure(rejection)
            }
            guard let next else { return .success(elements) }
            current = next
        }
    }

    struct Marker {
        var entry: ApplicationIdentifier
        var start: Int
        var valueStart: Int
    }

    /// A `(` followed by 2–4 digits naming a known AI and `)`.
    static func marker(in bytes: [UInt8], at start: Int) -> Marker? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "(") else { return nil }
        let digits = bytes[(start + 1)...].prefix(5).prefix { CheckDigit.digitValue($0) != nil }
        let close = start + 1 + digits.count
        guard (2...4).contains(digits.count), close < bytes.count, bytes[close] == UInt8(ascii: ")"),
              let entry = ApplicationIdentifier.table[String(decoding: digits, as: UTF8.self)] else { return nil }
        return Marker(entry: entry, start: start, valueStart: close + 1)
    }

    private static func value(of entry: ApplicationIdentifier, in bytes: [UInt8], from start: Int, to end: Int) -> Result<String, InputRejection> {
        var lower = start
        var upper = end
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        let value = bytes[lower..<upper]
        let problem: String?
        if case .fixed(let count) = entry.length, value.count != count {
            problem = "(\(entry.ai)) \(entry.title) needs \(count) characters, found \(value.count)"
        } else {
            problem = lengthProblem(entry, found: value.count) ?? entry.problem(with: value)
        }
        if let problem {
            return .failure(rejection(at: lower, problem, hint: entry.content == .checkDigit ? .misread : .rescan))
        }
        return .success(String(decoding: value, as: UTF8.self))
    }
}
