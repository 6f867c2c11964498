import HubAPI
@testable import KioskKit
import Testing

@Suite struct ScreenRendererTests {
    static let choice = ConsoleScreen(
        session: "s1", kind: .choice,
        headline: LocalizedText(nl: "Goedemorgen Anna B.", en: "Good morning Anna B."),
        lines: [LocalizedText(nl: "Wat wilt u doen?", en: "What would you like to do?")],
        options: [
            ConsoleOption(key: "1", label: LocalizedText(nl: "Rit naar de markt", en: "Ride to the market"),
                          detail: LocalizedText(nl: "€ 1,50", en: "€ 1.50")),
            ConsoleOption(key: "2", label: LocalizedText(nl: "Klusje", en: "Chore"), detail: LocalizedText(nl: "€ 2,00", en: "€ 2.00")),
            ConsoleOption(key: "0", label: LocalizedText(nl: "Stoppen", en: "Stop")),
        ],
        timeoutSeconds: 20
    )

    static let pin = ConsoleScreen(
        session: "s2", kind: .pin, headline: LocalizedText(nl: "Code", en: "Code"), entry: .pin, timeoutSeconds: 20
    )

    /// The block-letter headline found in a frame, read back.
    static func headline(in lines: [String]) -> String? {
        var words: [String] = []
        var index = 0
        while index + BlockFont.height <= lines.count {
            if lines[index].contains("█"), let text = BlockFont.read(Array(lines[index..<index + BlockFont.height])) {
                words.append(text)
                index += BlockFont.height
            } else {
                index += 1
            }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    @Test(arguments: [(100, 32), (80, 24), (40, 12), (20, 6), (132, 50)])
    func framesAreExactlyTheTerminalsSize(_ size: (Int, Int)) {
        for screen in [nil, Self.choice, Self.pin] {
            let state = ConsoleViewState(typed: "12", hint: .keyNotOffered, connection: .reconnecting)
            let lines = ScreenRenderer.text(screen, state, language: .nl, width: size.0, height: size.1)
            #expect(lines.count == size.1)
            #expect(lines.allSatisfy { $0.count == size.0 })
        }
    }

    @Test func idleScreenBeforeHubdSaysAnything() {
        let nl = ScreenRenderer.text(nil, ConsoleViewState(), language: .nl, width: 100, height: 32)
        #expect(Self.headline(in: nl) == "HOUD UW PAS VOOR DE LEZER")
        let en = ScreenRenderer.text(nil, ConsoleViewState(), language: .en, width: 100, height: 32)
        #expect(Self.headline(in: en) == "HOLD YOUR PASS TO THE READER")
        #expect(!en.joined().contains("reconnecting"))
    }

    @Test func choiceScreenShowsNumberedOptionsWithAmounts() throws {
        let lines = ScreenRenderer.text(Self.choice, ConsoleViewState(), language: .nl, width: 100, height: 32)
        #expect(Self.headline(in: lines) == "GOEDEMORGEN ANNA B.")
        #expect(lines.contains { $0.contains("Wat wilt u doen?") })
        let ride = try #require(lines.first { $0.contains("Rit naar de markt") })
        #expect(ride.contains("  1   Rit naar de markt ..."))
        #expect(ride.trimmingTrailingSpaces.hasSuffix("... € 1,50"))
        let chore = try #require(lines.first { $0.contains("Klusje") })
        #expect(ride.trimmingTrailingSpaces.count == chore.trimmingTrailingSpaces.count, "amounts are right-aligned")
        #expect(lines.last?.contains("Kies een nummer op het toetsenblok") == true)
        #expect(lines.last?.contains("Druk 0 om te stoppen") == true)
    }

    @Test func englishUsesTheEnglishTexts() {
        let lines = ScreenRenderer.text(Self.choice, ConsoleViewState(), language: .en, width: 100, height: 32)
        #expect(lines.contains { $0.contains("Ride to the market") && $0.contains("€ 1.50") })
        #expect(lines.last?.contains("Press 0 to stop") == true)
    }

    @Test func pinDotsNeverShowTheDigits() {
        let lines = ScreenRenderer.text(Self.pin, ConsoleViewState(typed: "4711"), language: .nl, width: 100, height: 32)
        let joined = lines.joined()
        #expect(joined.filter { $0 == "●" }.count == 4)
        #expect(!joined.contains { $0.isNumber })
        #expect(lines.last?.contains("Typ de code en druk op Enter") == true)
    }

    @Test func numberEntryShowsTheTypedDigits() {
        var screen = Self.pin
        screen.entry = .number
        let lines = ScreenRenderer.text(screen, ConsoleViewState(typed: "305"), language: .en, width: 80, height: 24)
        #expect(lines.contains { $0.contains("3  0  5  _") })
    }

    @Test func narrowTerminalFallsBackToPlainHeadlineButKeepsTheOptions() {
        let lines = ScreenRenderer.text(Self.choice, ConsoleViewState(), language: .nl, width: 40, height: 12)
        #expect(lines.count == 12)
        #expect(lines.contains { $0.contains("GOEDEMORGEN ANNA B.") })
        #expect(lines.contains { $0.contains("1   Rit naar de markt") && $0.contains("€ 1,50") })
        #expect(lines.contains { $0.contains("0   Stoppen") })
    }

    @Test func aWordWiderThanTheScreenIsNeverDrawnInBlockLetters() {
        let lines = ScreenRenderer.text(nil, ConsoleViewState(), language: .nl, width: 20, height: 40)
        #expect(!lines.joined().contains("█"))
        #expect(lines.contains { $0.contains("HOUD UW PAS VOOR") })
    }

    @Test func hintAndBannerTexts() {
        let hint = ScreenRenderer.text(Self.choice, ConsoleViewState(hint: .keyNotOffered), language: .nl, width: 100, height: 32)
        #expect(hint.contains { $0.contains("Die toets doet hier niets — kies een van de nummers op het scherm") })
        let banner = ScreenRenderer.render(nil, ConsoleViewState(connection: .reconnecting), language: .en, width: 100, height: 32)
        #expect(banner[0].text.contains("One moment — the kiosk is reconnecting"))
        #expect(banner[0].style == .banner)
    }

    @Test func toneColoursOnlyTheHeadline() {
        var done = Self.choice
        done.tone = .success
        let lines = ScreenRenderer.render(done, ConsoleViewState(), language: .nl, width: 100, height: 32)
        #expect(lines.contains { $0.style == .headline(.success) })
        #expect(lines.allSatisfy { $0.style != .headline(.success) || $0.text.contains("█") || $0.text.allSatisfy { $0 == " " } })
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
