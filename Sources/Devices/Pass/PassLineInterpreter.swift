/// Turns what a pass reader typed or printed as a line into a tap. Readers that act as a
/// keyboard or a serial line deliver a UID as text, in the format their config names, so the
/// text is read with the descriptor's `uidFormat` and `uidLength`; taps, buttons and
/// rejections pass through unchanged.
public enum PassLineInterpreter {
    public static func interpret(_ payload: InputEvent.Payload, for descriptor: DeviceDescriptor) -> InputEvent.Payload {
        guard case .code(let code) = payload else { return payload }
        switch interpret(code, format: descriptor.uidFormat, length: descriptor.uidLength) {
        case .success(let uid): return .tap(uid)
        case .failure(let rejection): return .rejected(rejection)
        }
    }

    public static func interpret(_ code: ScannedCode, format: UIDFormat, length: Int) -> Result<PassUID, InputRejection> {
        format.parse(code.text, length: length)
    }
}
