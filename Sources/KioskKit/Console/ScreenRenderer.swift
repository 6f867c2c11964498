import HubAPI

/// Lays out one console screen as exactly `height` rows of exactly `width` columns.
///
/// Pure, so every layout rule is testable without a terminal. The layout is calm and
/// predictable: the headline in block letters, hubd's lines, the numbered options, typed digits,
/// then a hint row and a footer that always sit at the bottom. When the terminal is too small it
/// gives up spacing first, then the block letters, then hubd's extra lines — never the options.
public enum ScreenRenderer {
    /// Options never spread wider than this, so label and price stay on one glance.
    static let maxOptionWidth = 72
    /// hubd's explanatory lines wrap at this width on wide screens, for easy reading.
    static let maxTextWidth = 70

    public static func render(
        _ screen: ConsoleScreen?, _ state: ConsoleViewState, language: Language, width: Int, height: Int
    ) -> [RenderedLine] {
        guard width > 0, height > 0 else { return [] }
        let screen = screen ?? ConsoleTexts.idleScreen
        let top = banner(state, language: language, width: width)
        let bottom = hint(state, language: language, width: width) + [footer(screen, language: language, width: width)]
        let budget = max(0, height - top.count - bottom.count)
        let body = fittedBody(screen, state, language: language, width: width, budget: budget)
        let above = (budget - body.count) / 2
        let blank = RenderedLine(String(repeating: " ", count: width))
        let middle = Array(repeating: blank, count: above) + body + Array(repeating: blank, count: budget - above - body.count)
        return Array((top + middle + bottom).prefix(height))
    }

    /// The same frame as plain text, for tests and logs.
    public static func text(
        _ screen: ConsoleScreen?, _ state: ConsoleViewState, language: Language, width: Int, height: Int
    ) -> [String] {
        render(screen, state, language: language, width: width, height: height).map(\.text)
    }

    /// The first layout, from most to least generous, whose body fits in `budget` rows.
    static func fittedBody(
        _ screen: ConsoleScreen, _ state: ConsoleViewState, language: Language, width: Int, budget: Int
    ) -> [RenderedLine] {
        var body: [RenderedLine] = []
        for density in BodyDensity.allCases {
            body = self.body(screen, state, language: language, width: width, density: density)
            if body.count <= budget { return body }
        }
        return Array(body.prefix(budget))
    }

    static func body(
        _ screen: ConsoleScreen, _ state: ConsoleViewState, language: Language, width: Int, density: BodyDensity
    ) -> [RenderedLine] {
        let blank = RenderedLine(String(repeating: " ", count: width))
        var sections: [[RenderedLine]] = [headline(screen, language: language, width: width, blockLetters: density.blockLetters)]
        if density.showsLines, !screen.lines.isEmpty {
            sections.append(texts(screen.lines, language: language, width: width))
        }
        if !screen.options.isEmpty {
            sections.append(options(screen.options, language: language, width: width, spaced: density.spacedOptions))
        }
        if screen.entry != .none {
            sections.append([entryRow(screen.entry, typed: state.typed, width: width)])
        }
        return Array(sections.map { [blank] + $0 }.joined().dropFirst())
    }

    /// hubd's explanatory lines, centred and wrapped.
    static func texts(_ lines: [LocalizedText], language: Language, width: Int) -> [RenderedLine] {
        let wrapWidth = min(max(1, width - 4), maxTextWidth)
        return lines.flatMap { line in
            TextWrapper.wrap(line(language), width: wrapWidth).map { RenderedLine(TextWrapper.center($0, width: width)) }
        }
    }

    /// Dots for a PIN (the digits never reach the screen), the digits for a number, and a `_`
    /// where the next digit goes.
    static func entryRow(_ entry: ConsoleScreen.Entry, typed: String, width: Int) -> RenderedLine {
        var marks = typed.map { entry == .pin ? "●" : String($0) }
        if typed.count < ConsoleViewState.maxTyped { marks.append("_") }
        return RenderedLine(TextWrapper.center(marks.joined(separator: "  "), width: width), style: .strong)
    }
}

/// How generously a body is laid out; tried in declaration order until one fits.
enum BodyDensity: CaseIterable {
    case roomy, compact, plainHeadline, essentials

    var blockLetters: Bool { self == .roomy || self == .compact }
    var spacedOptions: Bool { self == .roomy }
    var showsLines: Bool { self != .essentials }
}
