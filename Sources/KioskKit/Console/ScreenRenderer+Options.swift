import Foundation
import HubAPI

extension ScreenRenderer {
    /// The numbered options as one centred block: `  1   Rit naar de markt ...... € 1,50`.
    /// A long label wraps under itself so the key column stays clean.
    static func options(_ options: [ConsoleOption], language: Language, width: Int, spaced: Bool) -> [RenderedLine] {
        let blockWidth = min(width, maxOptionWidth)
        let margin = String(repeating: " ", count: (width - blockWidth) / 2)
        let keyWidth = options.map(\.key.count).max() ?? 1
        var lines: [RenderedLine] = []
        for (index, option) in options.enumerated() {
            if spaced, index > 0 { lines.append(RenderedLine(String(repeating: " ", count: width))) }
            let rows = optionRows(option, language: language, keyWidth: keyWidth, blockWidth: blockWidth)
            lines += rows.map { RenderedLine(TextWrapper.pad(margin + $0, width: width), style: .strong) }
        }
        return lines
    }

    static func optionRows(_ option: ConsoleOption, language: Language, keyWidth: Int, blockWidth: Int) -> [String] {
        let prefix = "  " + option.key.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "   "
        let detail = option.detail?(language) ?? ""
        let reserved = prefix.count + (detail.isEmpty ? 0 : detail.count + 3) + 1
        let labelWidth = max(4, blockWidth - reserved)
        let labels = TextWrapper.wrap(option.label(language), width: labelWidth)
        let indent = String(repeating: " ", count: prefix.count)
        var rows = [prefix + (labels.first ?? "")]
        if !detail.isEmpty {
            let leader = max(1, blockWidth - 1 - rows[0].count - detail.count - 2)
            rows[0] += " " + String(repeating: ".", count: leader) + " " + detail
        }
        rows += labels.dropFirst().map { indent + $0 }
        return rows
    }
}
