/// Finds the line of each key and table header in TOML text.
///
/// TOMLKit hands back values without positions, yet an operator needs "line 12" to fix a file;
/// this scanner follows the file's structure just far enough to recover those lines.
struct KeyLineLocator: Sendable {
    private var keyLines: [ConfigSection: [String: Int]] = [:]
    private var headerLines: [ConfigSection: Int] = [:]

    init(text: String) {
        var section = ConfigSection.root
        var arrayCounts: [String: Int] = [:]
        var pending = TOMLValueScanner.State()
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = Substring(Self.trim(rawLine))
            if pending.isOpen {
                pending = TOMLValueScanner.scan(line, from: pending)
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let header = Self.header(in: line, arrayCounts: &arrayCounts) {
                section = header
                headerLines[header] = headerLines[header] ?? number
                continue
            }
            guard let (key, value) = Self.splitAssignment(line) else { continue }
            record(key: key, line: number, in: section)
            pending = TOMLValueScanner.scan(value, from: TOMLValueScanner.State())
        }
    }

    func line(of key: String, in section: ConfigSection) -> Int? {
        keyLines[section]?[key]
    }

    func headerLine(of section: ConfigSection) -> Int? {
        headerLines[section]
    }

    private mutating func record(key: String, line: Int, in section: ConfigSection) {
        var lines = keyLines[section] ?? [:]
        if lines[key] == nil { lines[key] = line }
        let first = Self.unquote(String(key.split(separator: ".").first ?? Substring(key)))
        if lines[first] == nil { lines[first] = line }
        keyLines[section] = lines
    }

    private static func header(in line: Substring, arrayCounts: inout [String: Int]) -> ConfigSection? {
        if line.hasPrefix("[[") {
            guard let close = line.range(of: "]]") else { return nil }
            let name = tableName(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
            let index = arrayCounts[name, default: 0]
            arrayCounts[name] = index + 1
            return .arrayTable(name, index: index)
        }
        if line.hasPrefix("[") {
            guard let close = line.firstIndex(of: "]") else { return nil }
            return .table(tableName(line[line.index(after: line.startIndex)..<close]))
        }
        return nil
    }

    private static func tableName(_ raw: Substring) -> String {
        raw.split(separator: ".")
            .map { unquote(trim($0)) }
            .joined(separator: ".")
    }

    /// Splits `key = value` at the first `=` outside a quoted key.
    private static func splitAssignment(_ line: Substring) -> (String, Substring)? {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                let key = trim(line[..<index])
                return key.isEmpty ? nil : (unquote(key), line[line.index(after: index)...])
            }
        }
        return nil
    }

    private static func unquote(_ key: String) -> String {
        guard key.count >= 2, let first = key.first, first == key.last, first == "\"" || first == "'" else {
            return key
        }
        return String(key.dropFirst().dropLast())
    }

    private static func trim(_ text: some StringProtocol) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        let front = text.drop(while: blank)
        return String(front.reversed().drop(while: blank).reversed())
    }
}
