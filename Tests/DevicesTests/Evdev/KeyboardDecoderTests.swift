import Devices
import Testing

@Suite struct KeyboardDecoderTests {
    typealias F = EvdevFixtures

    @Test func hardwareVectorDigits() {
        let records = F.K(11, 11, 3, 8, 4, 2, 5, 2, 5, 2, 28)
        #expect(F.decode(records) == [.code("0027314141")])
    }

    @Test func hardwareVectorShiftOnUS() {
        let records = F.down(42) + F.K(30) + F.up(42) + F.K(2) + F.down(42) + F.K(5) + F.up(42) + F.K(28)
        #expect(F.decode(records) == [.code("A1$")])
    }

    @Test func hardwareVectorAutorepeatIgnored() {
        let records = F.event(6, 1) + F.event(6, 2) + F.event(6, 2) + F.event(6, 0) + F.K(28)
        #expect(F.decode(records) == [.code("5")])
    }

    @Test func hardwareVectorSynDroppedYieldsNoCodeAtAll() {
        let records = F.K(2, 3) + F.synDropped + F.K(4, 5) + F.enter
        let payloads = F.decode(records)
        #expect(F.codes(payloads).isEmpty)
        #expect(F.rejectionCodes(payloads) == [.overflow])
    }

    @Test func synDroppedDropsEventsUpToTheNextReportAndTheNextCodeIsFine() {
        let lostUntilReport = [InputEventRecord(type: 1, code: 28, value: 1)]
        let records = F.K(2) + F.synDropped + lostUntilReport + F.K(3) + F.enter + F.K(4, 5) + F.enter
        let payloads = F.decode(records)
        #expect(F.rejectionCodes(payloads) == [.overflow])
        #expect(F.codes(payloads) == ["34"])
    }

    @Test func mscScanAndRightShiftAreHandled() {
        let records = F.scan(0x70004) + F.down(54) + F.K(30) + F.up(54) + F.K(30) + F.enter
        #expect(F.decode(records) == [.code("Aa")])
    }

    @Test func releasingOneShiftWhileTheOtherIsHeldKeepsShift() {
        let records = F.down(42) + F.down(54) + F.up(42) + F.K(30) + F.up(54) + F.K(30) + F.enter
        #expect(F.decode(records) == [.code("Aa")])
    }

    @Test func capsLockAffectsLettersOnly() {
        let records = F.K(58) + F.K(30, 2) + F.shifted(30) + F.K(58) + F.K(30) + F.enter
        #expect(F.decode(records) == [.code("A1aa")])
    }

    @Test func capsLockOnAzertyLeavesTheDigitRowAlone() {
        let records = F.K(58, 3, 16) + F.enter
        #expect(F.decode(records, layout: .fr) == [.code("éA")])
    }

    @Test func altKeypadGSInsideAGS1Code() throws {
        let encoder = EvdevKeystrokeEncoder(layout: .us)
        let head = try encoder.records(for: "]d2011231231231233310ABC123", suffix: false)
        let gs = F.down(56) + F.K(82, 80, 73) + F.up(56)
        let tail = try encoder.records(for: "99TESTING")
        #expect(F.decode(head + gs + tail) == [.code("]d2011231231231233310ABC123\u{1D}99TESTING")])
    }

    @Test func altCodeBelowSpaceIsPassedOnForTheCentralGuard() {
        let records = F.K(2) + F.down(56) + F.K(82, 79, 81) + F.up(56) + F.enter
        #expect(F.decode(records) == [.code("1\r")])
    }

    @Test func altWithANonKeypadKeyFailsTheCode() {
        let records = F.K(2) + F.down(56) + F.K(15) + F.up(56) + F.K(3) + F.enter + F.K(4) + F.enter
        let payloads = F.decode(records)
        #expect(F.rejectionCodes(payloads) == [.controlCharacters])
        #expect(F.codes(payloads) == ["3"])
    }

    @Test func ctrlRightBracketIsGS() {
        let records = F.K(2) + F.down(29) + F.K(27) + F.up(29) + F.K(3) + F.enter
        #expect(F.decode(records) == [.code("1\u{1D}2")])
    }

    @Test func unmappedKeyFailsTheCodeNamingKeyAndLayout() throws {
        let records = F.K(2, 59, 3) + F.enter + F.K(4) + F.enter
        let payloads = F.decode(records, layout: .be)
        guard case .rejected(let rejection) = payloads.first else {
            Issue.record("expected a rejection, got \(payloads)")
            return
        }
        #expect(rejection.message.contains("59"))
        #expect(rejection.message.contains("be"))
        #expect(payloads.dropFirst() == [.code("\"")])
    }

    @Test func deadKeyThenSpaceTypesTheAccentAndDeadKeyThenLetterFails() {
        #expect(F.decode(F.K(41, 57, 2) + F.enter, layout: .de) == [.code("^1")])
        let payloads = F.decode(F.K(41, 18, 2) + F.enter, layout: .de)
        #expect(F.codes(payloads).isEmpty)
        #expect(F.rejectionCodes(payloads) == [.controlCharacters])
    }

    @Test func enterAloneIsNotACode() {
        #expect(F.decode(F.enter + F.K(96)).isEmpty)
    }

    @Test func keypadEnterEndsACode() {
        #expect(F.decode(F.K(79, 80, 96)) == [.code("12")])
    }

    @Test func overlongCodeIsRejectedOnceAndTheNextCodeIsFine() {
        let records = Array(repeating: F.K(2), count: 513).flatMap { $0 } + F.enter + F.K(3) + F.enter
        var decoder = KeyboardDecoder(layout: .us, maxCodeLength: 512)
        let payloads = decoder.feed(records)
        #expect(F.rejectionCodes(payloads) == [.tooLong])
        #expect(F.codes(payloads) == ["2"])
        #expect(decoder.bufferedCharacterCount == 0)
    }

    @Test func codeOfExactlyMaxLengthIsDelivered() {
        let records = Array(repeating: F.K(2), count: 512).flatMap { $0 } + F.enter
        #expect(F.decode(records) == [.code(ScannedCode(raw: String(repeating: "1", count: 512)))])
    }

    @Test func bufferStaysBoundedWithoutAnySuffix() {
        var decoder = KeyboardDecoder(layout: .us, maxCodeLength: 16)
        let payloads = decoder.feed(Array(repeating: F.K(2), count: 5000).flatMap { $0 })
        #expect(F.rejectionCodes(payloads) == [.tooLong])
        #expect(decoder.bufferedCharacterCount == 0)
    }

    @Test func noSuffixScannerCodeEndsAfterTheSilenceTimeout() {
        let start = ContinuousClock.now
        var decoder = KeyboardDecoder(layout: .us, suffixTimeout: .milliseconds(100))
        #expect(decoder.feed(F.K(2, 3, 4), at: start).isEmpty)
        #expect(decoder.deadline == start + .milliseconds(100))
        #expect(decoder.flush(at: start + .milliseconds(99)).isEmpty)
        #expect(decoder.flush(at: start + .milliseconds(100)) == [.code("123")])
        #expect(decoder.deadline == nil)
        #expect(decoder.feed(F.K(5), at: start + .seconds(1)).isEmpty)
        #expect(decoder.feed(F.K(6), at: start + .seconds(2)) == [.code("4")])
        #expect(decoder.silence() == [.code("5")])
    }

    @Test func withASuffixExpectedAPartialCodeIsDiscardedAfterAPause() {
        let start = ContinuousClock.now
        var decoder = KeyboardDecoder(layout: .us, incompleteTimeout: .seconds(2))
        #expect(decoder.feed(F.K(2, 3), at: start).isEmpty)
        #expect(decoder.flush(at: start + .seconds(1)).isEmpty)
        let payloads = decoder.flush(at: start + .seconds(2))
        #expect(F.rejectionCodes(payloads) == [.empty])
        #expect(decoder.feed(F.K(4) + F.enter, at: start + .seconds(3)) == [.code("3")])
    }

    @Test func aPartialCodeIsNotJoinedToTheNextScanAfterAPause() {
        let start = ContinuousClock.now
        var decoder = KeyboardDecoder(layout: .us)
        _ = decoder.feed(F.K(2, 3), at: start)
        let payloads = decoder.feed(F.K(4, 5) + F.enter, at: start + .seconds(5))
        #expect(F.codes(payloads) == ["34"])
        #expect(F.rejectionCodes(payloads) == [.empty])
    }

    @Test func noSuffixScannerStillHonoursEnter() {
        var decoder = KeyboardDecoder(layout: .us, suffixTimeout: .milliseconds(50))
        #expect(decoder.feed(F.K(2) + F.enter) == [.code("1")])
        #expect(decoder.deadline == nil)
    }
}
