import Devices

/// Builders for evdev record sequences as hardware.md writes them: K(c) is a down and an up
/// event of key c, each followed by SYN_REPORT.
enum EvdevFixtures {
    static func event(_ code: UInt16, _ value: Int32) -> [InputEventRecord] {
        [
            InputEventRecord(type: EvdevKeyCode.eventKey, code: code, value: value),
            InputEventRecord(type: EvdevKeyCode.eventSync, code: EvdevKeyCode.syncReport, value: 0),
        ]
    }

    static func K(_ codes: UInt16...) -> [InputEventRecord] {
        codes.flatMap { event($0, 1) + event($0, 0) }
    }

    static func down(_ code: UInt16) -> [InputEventRecord] { event(code, 1) }
    static func up(_ code: UInt16) -> [InputEventRecord] { event(code, 0) }

    static func shifted(_ codes: UInt16...) -> [InputEventRecord] {
        down(EvdevKeyCode.leftShift) + codes.flatMap { K($0) } + up(EvdevKeyCode.leftShift)
    }

    static let enter = K(EvdevKeyCode.enter)

    static let synDropped = [InputEventRecord(type: EvdevKeyCode.eventSync, code: EvdevKeyCode.syncDropped, value: 0)]

    /// MSC_SCAN, which real keyboards send before each key event and the decoder ignores.
    static func scan(_ value: Int32) -> [InputEventRecord] {
        [InputEventRecord(type: 4, code: 4, value: value)]
    }

    static func decode(
        _ records: [InputEventRecord], layout: KeyboardLayout = .us, maxCodeLength: Int = 512
    ) -> [InputEvent.Payload] {
        var decoder = KeyboardDecoder(layout: layout, maxCodeLength: maxCodeLength)
        return decoder.feed(records)
    }

    static func rejectionCodes(_ payloads: [InputEvent.Payload]) -> [InputRejection.Code] {
        payloads.compactMap { if case .rejected(let rejection) = $0 { rejection.code } else { nil } }
    }

    static func codes(_ payloads: [InputEvent.Payload]) -> [String] {
        payloads.compactMap { if case .code(let code) = $0 { code.raw } else { nil } }
    }
}
