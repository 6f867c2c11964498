/// Remembers where each name was first used, because "duplicate" alone sends people hunting through the file.
struct UniquenessTracker {
    private var firstUses: [String: (line: Int?, section: ConfigSection)] = [:]
    let noun: String

    init(noun: String) {
        self.noun = noun
    }

    /// Records `value` for the table `reader` is reading, reporting it when an earlier table already used it.
    mutating func claim(_ value: String, key: String, reader: inout TableReader) {
        guard let first = firstUses[value] else {
            firstUses[value] = (reader.line(of: key), reader.section)
            return
        }
        var message = "duplicate \(noun) \"\(value)\"; first used"
        if let line = first.line { message += " on line \(line)" }
        message += " in \(first.section)"
        reader.report(.duplicate, key: key, message)
    }
}
