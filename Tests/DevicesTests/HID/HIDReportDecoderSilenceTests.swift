import Devices
import Testing

/// The HID reading thread only sees `any HIDReportDecoder`; a suffix-less keyboard scanner's
/// code must still end on silence through that view.
@Suite struct HIDReportDecoderSilenceTests {
    @Test func aBootKeyboardSeenAsAnyDecoderEndsItsCodeOnSilence() {
        var decoder: any HIDReportDecoder = BootKeyboardDecoder(layout: .us, maxCodeLength: 512, suffixTimeout: .milliseconds(50))
        let digits: [UInt8] = [0x1E, 0x1F, 0x20]
        for usage in digits {
            #expect(decoder.feed(report: [0, 0, usage, 0, 0, 0, 0, 0]).isEmpty)
            #expect(decoder.feed(report: [0, 0, 0, 0, 0, 0, 0, 0]).isEmpty)
        }
        let deadline = try? #require(decoder.deadline)
        #expect(decoder.flush(at: (deadline ?? .now) + .milliseconds(1)) == [.code("123")])
    }

    @Test func theHIDPOSDecoderNeverWaitsForSilence() {
        let decoder: any HIDReportDecoder = HIDPOSDecoder()
        #expect(decoder.deadline == nil)
    }
}
