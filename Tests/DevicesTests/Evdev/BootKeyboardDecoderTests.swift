import Devices
import Testing

@Suite struct BootKeyboardDecoderTests {
    static func report(_ modifiers: UInt8 = 0, _ keys: UInt8...) -> [UInt8] {
        [modifiers, 0] + keys + Array(repeating: 0, count: 6 - keys.count)
    }

    static let released = report()

    static func decode(_ reports: [[UInt8]], layout: KeyboardLayout = .us) -> [InputEvent.Payload] {
        var decoder = BootKeyboardDecoder(layout: layout, maxCodeLength: 512, suffixTimeout: nil)
        return reports.flatMap { decoder.feed(report: $0) }
    }

    @Test func pressesAndReleasesBecomeACode() {
        let reports = [Self.report(0, 0x27), Self.released, Self.report(0, 0x1F), Self.released, Self.report(0, 0x28), Self.released]
        #expect(Self.decode(reports) == [.code("02")])
    }

    @Test func sameKeyTwiceNeedsAReleaseInBetween() {
        let twice = [Self.report(0, 0x1E), Self.released, Self.report(0, 0x1E), Self.released, Self.report(0, 0x28)]
        #expect(Self.decode(twice) == [.code("11")])
        let held = [Self.report(0, 0x1E), Self.report(0, 0x1E), Self.report(0, 0x1E, 0x1F), Self.report(0, 0x28)]
        #expect(Self.decode(held) == [.code("12")])
    }

    @Test func shiftViaTheModifierByte() {
        let reports = [
            Self.report(0x02, 0x04), Self.report(0x02), Self.released,
            Self.report(0x20, 0x1F), Self.report(0x00, 0x05), Self.released, Self.report(0, 0x58),
        ]
        #expect(Self.decode(reports) == [.code("A@b")])
    }

    @Test func layoutAppliesToHIDToo() {
        let reports = [Self.report(0, 0x27), Self.released, Self.report(0, 0x1E), Self.released, Self.report(0, 0x28)]
        #expect(Self.decode(reports, layout: .be) == [.code("à&")])
    }

    @Test func altKeypadGSThroughTheModifierByte() {
        let reports = [
            Self.report(0, 0x1E), Self.released,
            Self.report(0x04), Self.report(0x04, 0x62), Self.report(0x04), Self.report(0x04, 0x5A), Self.report(0x04),
            Self.report(0x04, 0x61), Self.report(0x04), Self.released,
            Self.report(0, 0x1F), Self.released, Self.report(0, 0x28),
        ]
        #expect(Self.decode(reports) == [.code("1\u{1D}2")])
    }

    @Test func rolloverErrorReportKeepsThePreviousState() {
        let reports = [
            Self.report(0, 0x1E), Self.report(0, 1, 1, 1, 1, 1, 1), Self.report(0, 0x1E), Self.released, Self.report(0, 0x28),
        ]
        #expect(Self.decode(reports) == [.code("1")])
    }

    @Test func unknownUsageFailsTheCode() {
        let reports = [Self.report(0, 0x1E), Self.report(0, 0x3A), Self.released, Self.report(0, 0x28), Self.released]
        let payloads = Self.decode(reports)
        #expect(EvdevFixtures.codes(payloads).isEmpty)
        guard case .rejected(let rejection) = payloads.first else {
            Issue.record("expected a rejection, got \(payloads)")
            return
        }
        #expect(rejection.message.contains("0x3A"))
    }

    @Test func shortReportsAreIgnored() {
        #expect(Self.decode([[], [0x02], [0, 0]]).isEmpty)
    }

    @Test func noSuffixScannerEndsOnSilence() {
        let start = ContinuousClock.now
        var decoder = BootKeyboardDecoder(layout: .us, maxCodeLength: 512, suffixTimeout: .milliseconds(80))
        #expect(decoder.feed(report: Self.report(0, 0x1E), at: start).isEmpty)
        #expect(decoder.feed(report: Self.released, at: start).isEmpty)
        #expect(decoder.deadline == start + .milliseconds(80))
        #expect(decoder.flush(at: start + .milliseconds(80)) == [.code("1")])
    }

    @Test(arguments: KeyboardLayout.all)
    func encoderOutputReplayedAsBootReportsRoundTrips(layout: KeyboardLayout) throws {
        let text = "]d2011231231231233310ABC123\u{1D}99TESTING"
        let records = try EvdevKeystrokeEncoder(layout: layout).records(for: text)
        let reports = BootReportRecorder.reports(for: records)
        #expect(Self.decode(reports, layout: layout) == [.code(ScannedCode(raw: text))])
    }
}
