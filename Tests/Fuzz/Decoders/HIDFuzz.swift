@testable import Devices

/// HID reports from libusb: a boot keyboard's 8-byte reports or a HID POS scanner's 64-byte
/// ones. The first option byte picks the decoder (and the keyboard layout), the second the
/// length limit, the third the report size.
///
/// Promises: codes within the limit; a code the guard lets through has no control character; a
/// code sent again as reports (by the simulator's report makers) decodes to itself; the HID POS
/// buffer never holds more than the limit.
enum HIDFuzz {
    static func run(_ bytes: [UInt8]) {
        var input = FuzzBytes(bytes)
        let options = input.byte()
        let limit = input.byte()
        let sizeOption = input.byte()
        if options & 1 == 0 {
            let reportSize = 3 + Int(sizeOption % 8)
            bootKeyboard(input.remaining, layout: KeyboardLayout.all[Int(options >> 1) % KeyboardLayout.all.count], maxLength: 1 + Int(limit % 64), reportSize: reportSize)
        } else {
            let reportSize = sizeOption & 0x80 != 0 ? 1 + Int(sizeOption & 0x7F) : 64
            pointOfSale(input.remaining, maxLength: 1 + Int(limit) * 4, reportSize: reportSize)
        }
    }

    static func bootKeyboard(_ stream: [UInt8], layout: KeyboardLayout, maxLength: Int, reportSize: Int) {
        var decoder = BootKeyboardDecoder(layout: layout, maxCodeLength: maxLength, suffixTimeout: nil)
        var now = ContinuousClock.now
        var payloads: [InputEvent.Payload] = []
        for report in FuzzBytes.chunks(stream, size: reportSize) {
            now += .milliseconds(5)
            payloads += decoder.feed(report: report, at: now)
        }
        payloads += decoder.flush(at: now + .seconds(60))
        for code in DeviceChecks.codes(payloads) {
            require(!code.raw.isEmpty && code.raw.count <= maxLength, "a code of \(code.raw.count) characters, limit \(maxLength)")
            guard let records = try? EvdevKeystrokeEncoder(layout: layout).records(for: code.raw) else { continue }
            var again = BootKeyboardDecoder(layout: layout, maxCodeLength: 512, suffixTimeout: nil)
            let decoded = BootReportRecorder.reports(for: records).flatMap { again.feed(report: $0, at: now) }
            require(decoded == [.code(code)], "\(layout.name): \(Array(code.raw.unicodeScalars)) sent again as boot reports decodes to \(decoded)")
        }
    }

    static func pointOfSale(_ stream: [UInt8], maxLength: Int, reportSize: Int) {
        var decoder = HIDPOSDecoder(maxLength: maxLength)
        var payloads: [InputEvent.Payload] = []
        for report in FuzzBytes.chunks(stream, size: reportSize) {
            payloads += decoder.feed(report: report)
            require(decoder.bufferedByteCount <= maxLength, "the HID POS decoder holds \(decoder.bufferedByteCount) bytes, limit \(maxLength)")
        }
        for code in DeviceChecks.codes(payloads) {
            let aim = code.symbology?.identifier ?? ""
            require(code.raw == aim + code.text, "raw \(code.raw) is not the identifier and the text")
            require(code.text.utf8.count <= maxLength, "a code of \(code.text.utf8.count) bytes, limit \(maxLength)")
            var again = HIDPOSDecoder(maxLength: maxLength)
            let decoded = HIDPOSReport.sequence(aim, Array(code.text.utf8)).flatMap { again.feed(report: $0) }
            require(decoded == [.code(code)], "\(code.raw) sent again as HID POS reports decodes to \(decoded)")
        }
    }
}
