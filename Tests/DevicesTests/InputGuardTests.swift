import Devices
import Testing

@Suite struct InputGuardTests {
    let start = ContinuousClock.now

    func descriptor(rate: Int = 10, burst: Int = 20, window: Duration = .seconds(2)) -> DeviceDescriptor {
        DeviceDescriptor(name: "s", role: .intake, driver: .serial, path: "/dev/x", maxCodesPerSecond: rate, burst: burst, repeatWindow: window)
    }

    @Test func theSameCodeWithinTheWindowIsOneScan() {
        var guardian = InputGuard(descriptor: descriptor())
        #expect(guardian.admit(.code("123"), at: start) == .deliver(.code("123")))
        #expect(guardian.admit(.code("123"), at: start + .milliseconds(1500)) == .drop(.repeated))
        #expect(guardian.admit(.code("123"), at: start + .milliseconds(3400)) == .drop(.repeated))
        #expect(guardian.admit(.code("123"), at: start + .milliseconds(6000)) == .deliver(.code("123")))
        #expect(guardian.admit(.code("456"), at: start + .milliseconds(6001)) == .deliver(.code("456")))
        #expect(guardian.admit(.code("123"), at: start + .milliseconds(6002)) == .deliver(.code("123")))
    }

    @Test func aHeldCardGivesOneTap() {
        var guardian = InputGuard(descriptor: descriptor())
        let uid = PassUID(bytes: [0xE3, 0x08, 0x6C, 0xED])
        let verdicts = (0..<20).map { guardian.admit(.tap(uid), at: start + .milliseconds(50 * $0)) }
        #expect(verdicts.filter { $0 == .deliver(.tap(uid)) }.count == 1)
    }

    @Test func aFloodGetsOneRejectionThenSilentDropsAfterTheBurst() {
        var guardian = InputGuard(descriptor: descriptor(rate: 10, burst: 20))
        let verdicts = (0..<100).map { guardian.admit(.code(ScannedCode(raw: "C\($0)")), at: start) }
        let delivered = verdicts.filter { if case .deliver(.code) = $0 { true } else { false } }
        #expect(delivered.count == 20)
        #expect(verdicts[20] == .deliver(.rejected(RateLimiter.rejection(limit: 10))))
        #expect(verdicts[21...].allSatisfy { $0 == .drop(.rateLimited) })
        #expect(guardian.admit(.code("later"), at: start + .seconds(3)) == .deliver(.code("later")))
    }

    @Test func controlCharactersOtherThanGSAreRefused() {
        var guardian = InputGuard(descriptor: descriptor())
        guard case .deliver(.rejected(let rejection)) = guardian.admit(.code("AB\u{1B}C"), at: start) else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.code == .controlCharacters)
        guard case .deliver(.code(let code)) = guardian.admit(.code("01123\u{1D}10AB"), at: start) else {
            Issue.record("GS must pass")
            return
        }
        #expect(code.raw == "01123\u{1D}10AB")
    }

    /// Caught by the `scripts/fuzz` evdev target: Alt + keypad 1 5 5 types U+009B, the one-byte
    /// CSI that starts a terminal escape sequence. The guard knew only C0 and DEL, so the code
    /// got through.
    @Test func c1ControlCharactersAreRefusedLikeC0() {
        let typed = EvdevFixtures.decode(
            EvdevFixtures.K(30) + EvdevFixtures.down(56) + EvdevFixtures.K(79, 76, 76) + EvdevFixtures.up(56) + EvdevFixtures.enter
        )
        #expect(typed == [.code("a\u{9B}")])
        var guardian = InputGuard(descriptor: descriptor())
        for payload in typed + [.code("AB\u{85}C"), .code("\u{80}")] {
            guard case .deliver(.rejected(let rejection)) = guardian.admit(payload, at: start) else {
                Issue.record("\(payload) got through")
                continue
            }
            #expect(rejection.code == .controlCharacters)
        }
    }
}
