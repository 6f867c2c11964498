import HubAPI
@testable import KioskKit
import Testing

@Suite struct ConsoleModelTests {
    static func text(_ value: String) -> LocalizedText { LocalizedText(nl: value, en: value) }

    static let choice = ConsoleScreen(
        session: "s1", kind: .choice, headline: text("Hallo"),
        options: [ConsoleOption(key: "1", label: text("Rit")), ConsoleOption(key: "0", label: text("Stop"))], timeoutSeconds: 20
    )
    static let pin = ConsoleScreen(session: "s2", kind: .pin, headline: text("Code"), entry: .pin, timeoutSeconds: 30)
    static let hubIdle = ConsoleScreen(session: nil, kind: .idle, headline: text("Pas"), timeoutSeconds: 0)

    static func connected(showing screen: ConsoleScreen) -> ConsoleModel {
        var model = ConsoleModel()
        _ = model.handle(.connected)
        _ = model.handle(.pushed(screen))
        return model
    }

    static func sends(_ effects: [ConsoleEffect]) -> [ConsoleRequest] {
        effects.compactMap { if case .send(let request, _) = $0 { request } else { nil } }
    }

    @Test func startsIdleAndFetchesTheScreenOnConnect() {
        var model = ConsoleModel()
        #expect(model.screen == nil)
        #expect(model.view.connection == .connecting)
        #expect(Self.sends(model.handle(.connected)) == [.fetchScreen])
        #expect(model.view.connection == .connected)
    }

    @Test func aKeyNotOnScreenShowsTheHintAndSendsNothing() {
        var model = Self.connected(showing: Self.choice)
        let effects = model.handle(.key(.digit(7)))
        #expect(Self.sends(effects).isEmpty)
        #expect(model.view.hint == .keyNotOffered)
        #expect(Self.sends(model.handle(.key(.other))).isEmpty)
        #expect(Self.sends(model.handle(.key(.enter))).isEmpty)
    }

    @Test func anOfferedKeyIsSentWithTheSessionAndTheHintGoes() {
        var model = Self.connected(showing: Self.choice)
        _ = model.handle(.key(.digit(7)))
        let effects = model.handle(.key(.digit(1)))
        #expect(Self.sends(effects) == [.key("1", session: "s1")])
        #expect(model.view.hint == nil)
        #expect(model.awaitingAnswer)
        #expect(Self.sends(model.handle(.key(.digit(1)))).isEmpty, "a double press waits for hubd's answer")
        _ = model.handle(.answered(Self.hubIdle, generation: model.generation))
        #expect(model.screen == Self.hubIdle)
        #expect(!model.awaitingAnswer)
    }

    @Test func aRefusalShowsHubdsMessage() {
        var model = Self.connected(showing: Self.choice)
        _ = model.handle(.key(.digit(1)))
        _ = model.handle(.refused("Deze rit is vol", generation: model.generation))
        #expect(model.view.hint == .refused("Deze rit is vol"))
    }

    @Test func anAnswerForAScreenThatMovedOnIsDropped() {
        var model = Self.connected(showing: Self.choice)
        let sent = model.generation
        _ = model.handle(.key(.digit(1)))
        _ = model.handle(.pushed(Self.pin))
        _ = model.handle(.answered(Self.hubIdle, generation: sent))
        #expect(model.screen == Self.pin)
        _ = model.handle(.refused("late", generation: sent))
        #expect(model.view.hint == nil)
    }

    @Test func timeoutWipesToIdleAndRequestsReset() throws {
        var model = ConsoleModel()
        _ = model.handle(.connected)
        let effects = model.handle(.pushed(Self.choice))
        let token = try #require(effects.compactMap { if case .armIdleTimer(20, let token) = $0 { token } else { nil } }.first)
        let timeout = model.handle(.idleTimeout(token: token))
        #expect(model.screen == nil)
        #expect(Self.sends(timeout) == [.reset(session: "s1")])
        #expect(model.handle(.idleTimeout(token: token)).isEmpty)
    }

    @Test func aKeyRestartsTheTimerSoTheOldOneIsIgnored() throws {
        var model = ConsoleModel()
        let first = model.handle(.pushed(Self.choice)).compactMap { if case .armIdleTimer(_, let token) = $0 { token } else { nil } }
        let second = model.handle(.key(.digit(5))).compactMap { if case .armIdleTimer(_, let token) = $0 { token } else { nil } }
        let old = try #require(first.first), new = try #require(second.first)
        #expect(model.handle(.idleTimeout(token: old)).isEmpty)
        #expect(model.screen == Self.choice)
        #expect(Self.sends(model.handle(.idleTimeout(token: new))) == [.reset(session: "s1")])
    }

    @Test func typedPinDigitsAreClearedOnTimeout() throws {
        var model = ConsoleModel()
        let token = try #require(model.handle(.pushed(Self.pin)).compactMap { if case .armIdleTimer(30, let t) = $0 { t } else { nil } }.first)
        var last = token
        for digit in [4, 7, 1, 1] {
            let effects = model.handle(.key(.digit(digit)))
            #expect(Self.sends(effects).isEmpty, "PIN digits stay on the console until Enter")
            last = effects.compactMap { if case .armIdleTimer(_, let t) = $0 { t } else { nil } }.first ?? last
        }
        #expect(model.view.typed == "4711")
        _ = model.handle(.idleTimeout(token: last))
        #expect(model.view.typed.isEmpty)
        #expect(model.screen == nil)
    }

    @Test func pinEntryTypesDeletesAndSendsOnEnter() {
        var model = Self.connected(showing: Self.pin)
        for _ in 0..<10 { _ = model.handle(.key(.digit(9))) }
        #expect(model.view.typed == "99999999", "at most eight digits")
        _ = model.handle(.key(.backspace))
        #expect(model.view.typed == "9999999")
        #expect(Self.sends(model.handle(.key(.enter))) == [.entry("9999999", session: "s2")])
        #expect(model.view.typed.isEmpty)
    }

    @Test func losingHubdWipesTheScreenUnderTheBanner() {
        var model = Self.connected(showing: Self.pin)
        _ = model.handle(.key(.digit(1)))
        _ = model.handle(.disconnected)
        #expect(model.screen == nil)
        #expect(model.view.typed.isEmpty)
        #expect(model.view.connection == .reconnecting)
        #expect(model.handle(.key(.digit(1))).isEmpty)
        #expect(Self.sends(model.handle(.connected)) == [.fetchScreen])
        #expect(model.view.connection == .connected)
        _ = model.handle(.answered(nil, generation: model.generation))
        #expect(model.screen == nil, "a hubd without console routes leaves the local idle screen")
    }

    @Test func hintsExpire() throws {
        var model = Self.connected(showing: Self.choice)
        let effects = model.handle(.key(.digit(8)))
        let token = try #require(effects.compactMap { if case .armHintTimer(_, let t) = $0 { t } else { nil } }.first)
        _ = model.handle(.hintExpired(token: token))
        #expect(model.view.hint == nil)
    }

    @Test func ctrlCAndSignalsQuit() {
        var model = ConsoleModel()
        #expect(model.handle(.key(.interrupt)) == [.quit])
        #expect(model.handle(.terminate) == [.quit])
    }
}
