import Devices
import Testing

@Suite struct HIDPOSDecoderTests {
    private func feed(_ reports: [[UInt8]], into decoder: inout HIDPOSDecoder) -> [InputEvent.Payload] {
        reports.flatMap { decoder.feed(report: $0) }
    }

    private func rejection(_ payloads: [InputEvent.Payload]) -> InputRejection? {
        guard payloads.count == 1, case .rejected(let rejection) = payloads[0] else { return nil }
        return rejection
    }

    @Test func singleReportCarriesSymbologyAndData() {
        var decoder = HIDPOSDecoder()
        let payloads = decoder.feed(report: HIDPOSReport.make("]E0", "4006381333931"))
        let expected = ScannedCode(raw: "]E04006381333931", text: "4006381333931", symbology: Symbology(identifier: "]E0"))
        #expect(payloads == [.code(expected)])
    }

    @Test func continuedReportsAreJoinedIntoOneCode() {
        var decoder = HIDPOSDecoder()
        let text = String(repeating: "0123456789", count: 13)
        let reports = HIDPOSReport.sequence("]Q1", Array(text.utf8))
        #expect(reports.count == 3)
        #expect(decoder.feed(report: reports[0]).isEmpty)
        #expect(decoder.feed(report: reports[1]).isEmpty)
        #expect(decoder.bufferedByteCount == 112)
        let payloads = decoder.feed(report: reports[2])
        #expect(payloads == [.code(ScannedCode(raw: "]Q1" + text, text: text, symbology: Symbology(identifier: "]Q1")))])
        #expect(decoder.bufferedByteCount == 0)
    }

    /// Reports recorded from a Honeywell Voyager answering REVINF over HID POS
    /// (HenkVanAsselt/python_hon_usbhid README): five continued parts, then the last one.
    @Test func recordedHoneywellSequenceIsJoined() {
        let recorded: [[UInt8]] = [
            [2, 56, 93, 88, 48, 80, 114, 111, 100, 117, 99, 116, 32, 78, 97, 109, 101, 58, 32, 86, 111, 121, 97, 103, 101, 114, 32, 49, 54, 48, 50, 103, 13, 10, 66, 111, 111, 116, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 58, 32, 56, 57, 57, 50, 13, 10, 83, 111, 102, 116, 63, 0, 1],
            [2, 56, 93, 88, 48, 119, 97, 114, 101, 32, 80, 97, 114, 116, 32, 78, 117, 109, 98, 101, 114, 58, 32, 67, 87, 48, 48, 48, 48, 56, 50, 66, 66, 65, 13, 10, 83, 111, 102, 116, 119, 97, 114, 101, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 36, 80, 114, 111, 106, 101, 63, 0, 1],
            [2, 56, 93, 88, 48, 99, 116, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 49, 54, 51, 52, 53, 32, 13, 10, 83, 101, 114, 105, 97, 108, 32, 78, 117, 109, 98, 101, 114, 58, 32, 49, 53, 50, 51, 50, 66, 49, 70, 48, 67, 13, 10, 83, 117, 112, 112, 111, 114, 116, 101, 100, 63, 0, 1],
            [2, 56, 93, 88, 48, 32, 73, 70, 58, 32, 66, 108, 117, 101, 116, 111, 111, 116, 104, 13, 10, 80, 67, 66, 32, 65, 115, 115, 101, 109, 98, 108, 121, 32, 73, 68, 58, 32, 48, 48, 48, 48, 48, 48, 13, 10, 69, 110, 103, 105, 110, 101, 32, 70, 105, 114, 109, 119, 97, 114, 101, 63, 0, 1],
            [2, 56, 93, 88, 48, 32, 84, 121, 112, 101, 58, 32, 78, 47, 65, 32, 32, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 78, 47, 65, 32, 32, 32, 83, 101, 114, 105, 97, 108, 32, 78, 117, 109, 98, 101, 114, 58, 32, 78, 47, 65, 32, 32, 32, 67, 104, 101, 99, 107, 115, 63, 0, 1],
            [2, 9, 93, 88, 48, 117, 109, 58, 32, 78, 47, 65, 13, 10] + [UInt8](repeating: 0, count: 47) + [63, 0, 0],
        ]
        var decoder = HIDPOSDecoder()
        let payloads = feed(recorded, into: &decoder)
        guard payloads.count == 1, case .code(let code) = payloads[0] else {
            Issue.record("expected one code, got \(payloads)")
            return
        }
        #expect(code.symbology == Symbology(identifier: "]X0"))
        #expect(code.text.utf8.count == 5 * 56 + 9)
        #expect(code.text.hasPrefix("Product Name: Voyager 1602g\r\nBoot Revision"))
        #expect(code.text.hasSuffix("Checksum: N/A\r\n"))
        #expect(code.raw == "]X0" + code.text)
    }

    @Test func groupSeparatorSurvivesInsideAndAcrossReports() {
        let text = "011231231231233310ABC123\u{1D}99TESTING"
        var decoder = HIDPOSDecoder()
        #expect(decoder.feed(report: HIDPOSReport.make("]d2", text)) == [
            .code(ScannedCode(raw: "]d2" + text, text: text, symbology: Symbology(identifier: "]d2"))),
        ])
        let long = String(repeating: "1", count: 55) + "\u{1D}" + "21SERIAL"
        let payloads = feed(HIDPOSReport.sequence("]d2", Array(long.utf8)), into: &decoder)
        guard case .code(let code) = payloads.first else {
            Issue.record("expected a code, got \(payloads)")
            return
        }
        #expect(Array(code.text.utf8)[55] == 0x1D)
        #expect(code.text == long)
    }

    @Test func otherReportIDsAreIgnoredWithoutBreakingACode() {
        var decoder = HIDPOSDecoder()
        #expect(decoder.feed(report: HIDPOSReport.make("]E0", Array("12345".utf8), reportID: 0x04)).isEmpty)
        let reports = HIDPOSReport.sequence("]C1", Array(String(repeating: "7", count: 60).utf8))
        #expect(decoder.feed(report: reports[0]).isEmpty)
        #expect(decoder.feed(report: [0x05, 0x01, 0x02]).isEmpty)
        #expect(decoder.feed(report: []).isEmpty)
        let payloads = decoder.feed(report: reports[1])
        #expect(payloads == [.code(ScannedCode(raw: "]C1" + String(repeating: "7", count: 60), text: String(repeating: "7", count: 60), symbology: Symbology(identifier: "]C1")))])
    }

    @Test func shortReportIsRejectedAndDropsThePartialCode() {
        var decoder = HIDPOSDecoder()
        let first = HIDPOSReport.sequence("]C1", Array(String(repeating: "7", count: 60).utf8))[0]
        #expect(decoder.feed(report: first).isEmpty)
        let rejected = rejection(decoder.feed(report: Array(first.prefix(20))))
        #expect(rejected?.code == .binary)
        #expect(rejected?.message.contains("20 bytes is shorter than the 64") == true)
        #expect(decoder.bufferedByteCount == 0)
        #expect(decoder.feed(report: HIDPOSReport.make("]E0", "4006381333931")).count == 1)
    }

    @Test func impossibleLengthIsRejected() {
        var decoder = HIDPOSDecoder()
        var report = HIDPOSReport.make("]E0", "4006381333931")
        report[1] = 57
        let rejected = rejection(decoder.feed(report: report))
        #expect(rejected?.code == .binary)
        #expect(rejected?.message.contains("claims 57 data bytes but holds at most 56") == true)
    }

    @Test func garbageSymbologyIsRejected() {
        var decoder = HIDPOSDecoder()
        var report = HIDPOSReport.make("]E0", "4006381333931")
        report[2] = 0xFF
        let rejected = rejection(decoder.feed(report: report))
        #expect(rejected?.code == .binary)
        #expect(rejected?.message.contains("no valid AIM symbology identifier (bytes FF 45 30)") == true)
        #expect(rejected?.message.contains("HID POS mode") == true)
    }

    @Test func emptyAndNonTextCodesAreRejected() {
        var decoder = HIDPOSDecoder()
        #expect(rejection(decoder.feed(report: HIDPOSReport.make("]E0", [])))?.code == .empty)
        #expect(rejection(decoder.feed(report: HIDPOSReport.make("]E0", [0x31, 0xC3, 0x28])))?.code == .binary)
    }

    @Test func scannerWithoutIdentifierGivesAPlainCode() {
        var decoder = HIDPOSDecoder()
        let report = HIDPOSReport.make("\0\0\0", "4006381333931")
        #expect(decoder.feed(report: report) == [.code(ScannedCode(raw: "4006381333931"))])
    }

    @Test func overlongCodeIsRejectedOnceAndTheRestSkipped() {
        var decoder = HIDPOSDecoder(maxLength: 100)
        let reports = HIDPOSReport.sequence("]d2", [UInt8](repeating: 0x41, count: 56 * 4))
        let payloads = feed(reports, into: &decoder)
        #expect(payloads.count == 1)
        #expect(rejection(payloads)?.code == .tooLong)
        #expect(rejection(payloads)?.message.contains("longer than 100 bytes") == true)
        #expect(decoder.bufferedByteCount == 0)
        #expect(decoder.feed(report: HIDPOSReport.make("]E0", "4006381333931")).count == 1)
    }

    @Test func defaultBufferIsBoundedAt4096Bytes() {
        var decoder = HIDPOSDecoder()
        var rejections = 0
        for _ in 0..<200 {
            for payload in decoder.feed(report: HIDPOSReport.make("]d2", [UInt8](repeating: 0x42, count: 56), more: true)) {
                if case .rejected(let rejection) = payload, rejection.code == .tooLong {
                    rejections += 1
                }
            }
            #expect(decoder.bufferedByteCount <= 4096)
        }
        #expect(rejections == 1)
        #expect(decoder.feed(report: HIDPOSReport.make("]d2", "end")).isEmpty)
        #expect(decoder.feed(report: HIDPOSReport.make("]E0", "4006381333931")).count == 1)
    }

    @Test func anotherLayoutIsATableEntry() {
        let layout = HIDPOSReportLayout(
            reportID: 0x01, lengthOffset: 1, symbologyOffset: 2, symbologyLength: 0,
            dataOffset: 2, dataCapacity: 62, continuationOffset: 63, continuationMask: 0
        )
        var decoder = HIDPOSDecoder(layout: layout)
        var report = [UInt8](repeating: 0, count: 64)
        report[0] = 0x01
        report[1] = 10
        report.replaceSubrange(2..<12, with: Array("A]02374938".utf8))
        report[63] = 0xFF
        #expect(decoder.feed(report: report) == [.code(ScannedCode(raw: "A]02374938"))])
    }
}
