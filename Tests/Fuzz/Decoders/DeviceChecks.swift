@testable import Devices

/// Promises every device decoder makes about what it hands on.
enum DeviceChecks {
    /// A rejection tells staff what to do, so it always has words, and stands for at least one input.
    static func check(_ rejection: InputRejection) {
        require(!rejection.message.isEmpty, "a rejection without a message: \(rejection.code)")
        require(rejection.count >= 1, "a rejection standing for \(rejection.count) inputs")
    }

    /// The control characters `TextRules` refuses in API text: C0, DEL and C1. GS may appear in
    /// a code, since it separates GS1 elements.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar.value != 0x1D) || (0x7F...0x9F).contains(scalar.value)
    }

    /// Passes a decoder's output through the supervisor's guard, as hubd does, and checks that
    /// a code it lets through holds no control character.
    static func guarded(_ payload: InputEvent.Payload, role: DeviceRole = .intake) {
        let descriptor = DeviceDescriptor(name: "fuzz", role: role, driver: .serial, maxCodesPerSecond: 1000, burst: 1000)
        var guardian = InputGuard(descriptor: descriptor)
        switch guardian.admit(payload) {
        case .deliver(.code(let code)):
            require(!code.raw.unicodeScalars.contains(where: isControl), "a code with a control character got through the guard: \(Array(code.raw.unicodeScalars))")
        case .deliver(.rejected(let rejection)):
            check(rejection)
        case .deliver, .drop:
            break
        }
    }

    /// Checks each payload and returns the codes among them.
    static func codes(_ payloads: [InputEvent.Payload]) -> [ScannedCode] {
        payloads.compactMap { payload in
            guarded(payload)
            switch payload {
            case .code(let code): return code
            case .rejected(let rejection):
                check(rejection)
                return nil
            case .tap, .button: return nil
            }
        }
    }
}
