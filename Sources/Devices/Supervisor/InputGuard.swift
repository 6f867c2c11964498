import Foundation

/// The checks every device's input passes, whatever its driver: symbology and GS1 recognised,
/// stray control characters refused, a repeat of the same code within the window folded into
/// one scan, and a per-device rate limit (token bucket) so a stuck scanner cannot flood the hub.
public struct InputGuard: Sendable {
    public enum Verdict: Sendable, Equatable {
        case deliver(InputEvent.Payload)
        /// Dropped and counted; the first drop of a flood is delivered as a rejection instead.
        case drop(InputRejection.Code, count: Int = 1)
    }

    private let repeatWindow: Duration
    private let descriptor: DeviceDescriptor
    private var limiter: RateLimiter
    private var lastKey: String?
    private var lastTime: ContinuousClock.Instant?

    public init(descriptor: DeviceDescriptor) {
        repeatWindow = descriptor.repeatWindow
        self.descriptor = descriptor
        limiter = RateLimiter(maxPerSecond: descriptor.maxCodesPerSecond, burst: descriptor.burst)
    }

    public mutating func admit(_ payload: InputEvent.Payload, at now: ContinuousClock.Instant = .now) -> Verdict {
        if case .rejected(let rejection) = payload, rejection.code == .overflow {
            return .drop(.overflow, count: rejection.count)
        }
        let payload = interpret(payload)
        if let key = Self.repeatKey(payload) {
            defer { lastKey = key; lastTime = now }
            if key == lastKey, let lastTime, now - lastTime < repeatWindow {
                return .drop(.repeated)
            }
        }
        switch limiter.decide(at: now) {
        case .admitted: return .deliver(payload)
        case .firstRejected: return .deliver(.rejected(RateLimiter.rejection(limit: limiter.maxPerSecond)))
        case .rejected: return .drop(.rateLimited)
        }
    }

    /// A pass reader that prints UIDs as text (keyboard wedge, serial) gives taps, not codes.
    private func interpret(_ payload: InputEvent.Payload) -> InputEvent.Payload {
        guard case .code(let code) = payload else { return payload }
        if descriptor.role == .pass {
            return PassLineInterpreter.interpret(payload, for: descriptor)
        }
        if code.raw.unicodeScalars.contains(where: Self.isControl) {
            return .rejected(InputRejection(.controlCharacters, "code with control characters dropped — check the scanner's settings (only GS may appear in a code)"))
        }
        guard code.symbology == nil && code.gs1 == nil else { return payload }
        switch CodeInterpreter.interpret(code.raw) {
        case .success(let interpreted): return .code(interpreted)
        case .failure(let rejection): return .rejected(rejection)
        }
    }

    /// C0 but GS, DEL, and C1: the set `TextRules` refuses in API text. C1 counts because U+009B
    /// is a terminal's one-byte CSI, and a keyboard wedge types it as Alt + keypad 1 5 5.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar.value != 0x1D) || (0x7F...0x9F).contains(scalar.value)
    }

    /// Only codes and taps repeat meaningfully; a rejection or button press never folds.
    private static func repeatKey(_ payload: InputEvent.Payload) -> String? {
        switch payload {
        case .code(let code): "c:" + code.raw
        case .tap(let uid): "t:" + uid.bytes.map { String($0, radix: 16) }.joined(separator: ":")
        case .button, .rejected: nil
        }
    }
}
