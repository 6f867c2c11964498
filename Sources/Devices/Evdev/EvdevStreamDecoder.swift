/// Bytes from an evdev node to payloads, on the reading thread: whole records first, then the
/// device's keyboard decoder, so only finished codes and rejections are ever queued.
struct EvdevStreamDecoder: ByteStreamDecoder {
    private var parser = InputEventRecordParser()
    private var keyboard: KeyboardDecoder

    init(keyboard: KeyboardDecoder) {
        self.keyboard = keyboard
    }

    var deadline: ContinuousClock.Instant? { keyboard.deadline }

    mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        keyboard.feed(parser.feed(bytes), at: now)
    }

    mutating func flush(at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        keyboard.flush(at: now)
    }
}
