/// Decodes the Scanned Data Reports of a scanner in USB HID POS mode (usage page 0x8C).
///
/// HID POS carries the code bytes and the AIM symbology identifier directly, with no keyboard
/// layout in between, so GS (0x1D) in GS1 codes arrives intact. A code longer than one report
/// spans several; the parts are joined until a report without the continuation bit. The join
/// buffer is bounded by `maxLength`: a code that outgrows it is reported once as too long and
/// its remaining parts are skipped, so a scanner stuck on "more follows" cannot grow memory.
/// Byte layout and sources: `HIDPOSReportLayout`.
public struct HIDPOSDecoder: HIDReportDecoder {
    public static let defaultMaxLength = 4096

    public let layout: HIDPOSReportLayout
    public let maxLength: Int
    private var symbology: String?
    private var data: [UInt8] = []
    private var discarding = false

    public init(layout: HIDPOSReportLayout = .standard, maxLength: Int = HIDPOSDecoder.defaultMaxLength) {
        self.layout = layout
        self.maxLength = max(1, maxLength)
    }

    /// Data bytes held for a code whose last report has not arrived; never above `maxLength`.
    public var bufferedByteCount: Int { data.count }

    public mutating func feed(report: [UInt8]) -> [InputEvent.Payload] {
        guard report.first == layout.reportID else { return [] }
        switch parse(report) {
        case .failure(let rejection):
            reset()
            return [.rejected(rejection)]
        case .success(let part):
            return append(part)
        }
    }

    private mutating func append(_ part: HIDPOSReportPart) -> [InputEvent.Payload] {
        if discarding {
            discarding = part.more
            return []
        }
        guard data.count + part.data.count <= maxLength else {
            reset()
            discarding = part.more
            return [.rejected(InputRejection(
                .tooLong,
                "code longer than \(maxLength) bytes from a HID POS scanner dropped — check that the scanner ends its codes (continuation flag stuck?)"
            ))]
        }
        if data.isEmpty && symbology == nil {
            symbology = part.symbology
        }
        data.append(contentsOf: part.data)
        guard !part.more else { return [] }
        defer { reset() }
        return [finish()]
    }

    private func finish() -> InputEvent.Payload {
        guard !data.isEmpty else {
            return .rejected(InputRejection(.empty, "empty scan from a HID POS scanner dropped — scan the code again"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .rejected(InputRejection(
                .binary,
                "HID POS code that is not text (invalid UTF-8) dropped — check the scanner's character encoding setting"
            ))
        }
        guard let symbology else {
            return .code(ScannedCode(raw: text))
        }
        return .code(ScannedCode(raw: symbology + text, text: text, symbology: Symbology(identifier: symbology)))
    }

    private mutating func reset() {
        data.removeAll(keepingCapacity: true)
        symbology = nil
        discarding = false
    }

    private func parse(_ report: [UInt8]) -> Result<HIDPOSReportPart, InputRejection> {
        guard report.count >= layout.minimumReportLength else {
            return .failure(malformed(
                "HID POS report of \(report.count) bytes is shorter than the \(layout.minimumReportLength) its layout needs"
            ))
        }
        let length = Int(report[layout.lengthOffset])
        guard length <= layout.dataCapacity else {
            return .failure(malformed(
                "HID POS report claims \(length) data bytes but holds at most \(layout.dataCapacity)"
            ))
        }
        let aimBytes = Array(report[layout.symbologyOffset..<(layout.symbologyOffset + layout.symbologyLength)])
        guard let symbology = Self.symbology(aimBytes) else {
            let hex = aimBytes.map { Self.hex($0) }.joined(separator: " ")
            return .failure(malformed("HID POS report has no valid AIM symbology identifier (bytes \(hex))"))
        }
        let more = report[layout.continuationOffset] & layout.continuationMask != 0
        let data = Array(report[layout.dataOffset..<(layout.dataOffset + length)])
        return .success(HIDPOSReportPart(symbology: symbology.isEmpty ? nil : symbology, data: data, more: more))
    }

    private func malformed(_ what: String) -> InputRejection {
        InputRejection(
            .binary,
            "\(what) — code dropped; check that the scanner is in HID POS mode and the configured report layout"
        )
    }

    /// `]` plus two printable characters, or all zero for a scanner that sends no identifier
    /// (returned as ""); anything else means the report is not what the layout says.
    private static func symbology(_ bytes: [UInt8]) -> String? {
        if bytes.allSatisfy({ $0 == 0 }) {
            return ""
        }
        guard bytes.first == UInt8(ascii: "]"), bytes.dropFirst().allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
