import HubAPI

extension ScreenRenderer {
    /// The bar across the top while hubd is away; nothing otherwise.
    static func banner(_ state: ConsoleViewState, language: Language, width: Int) -> [RenderedLine] {
        guard state.connection == .reconnecting else { return [] }
        let lines = TextWrapper.wrap(ConsoleTexts.reconnecting(language), width: max(1, width - 2))
        return lines.map { RenderedLine(TextWrapper.center($0, width: width), style: .banner) } + [RenderedLine(String(repeating: " ", count: width))]
    }

    /// The hint row above the footer: always there (blank without a hint) so a hint never
    /// shifts the screen; a long hint takes extra rows.
    static func hint(_ state: ConsoleViewState, language: Language, width: Int) -> [RenderedLine] {
        guard let hint = state.hint else { return [RenderedLine(String(repeating: " ", count: width))] }
        let text: String = switch hint {
        case .keyNotOffered: ConsoleTexts.keyNotOffered(language)
        case .refused(let message): message
        case .unreachable: ConsoleTexts.reconnecting(language)
        }
        return TextWrapper.wrap(text, width: max(1, width - 2)).map { RenderedLine(TextWrapper.center($0, width: width), style: .attention) }
    }

    /// The last row: what the keypad does on this screen.
    static func footer(_ screen: ConsoleScreen, language: Language, width: Int) -> RenderedLine {
        var parts: [String] = []
        switch screen.entry {
        case .pin: parts.append(ConsoleTexts.typeCode(language))
        case .number: parts.append(ConsoleTexts.typeNumber(language))
        case .none:
            if screen.options.contains(where: { $0.key != "0" }) { parts.append(ConsoleTexts.chooseNumber(language)) }
            if screen.offers("0") { parts.append(ConsoleTexts.pressZeroToStop(language)) }
        }
        let joined = parts.joined(separator: ConsoleTexts.footerSeparator)
        let text = joined.count <= width ? joined : (parts.first ?? "")
        return RenderedLine(TextWrapper.center(text, width: width))
    }
}
