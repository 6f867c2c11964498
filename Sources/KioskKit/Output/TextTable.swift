/// Plain aligned columns for a terminal; wide enough for a concierge to read at a glance.
enum TextTable {
    /// Cells are made one-line and terminal-safe first, so a name can neither break a row nor
    /// the alignment.
    static func render(_ headers: [String], _ rows: [[String]]) -> String {
        let rows = rows.map { $0.map(TerminalText.line) }
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
