/// Turns one keyboard-wedge device's key events into codes, under the layout the device was
/// set to. Pure and per device, so the evdev driver and the HID boot-keyboard decoder share one
/// layout engine and recorded event sequences test it without hardware.
///
/// A code must never arrive with missing or wrong characters, so anything doubtful fails the
/// code in progress with one rejection and the rest of it is discarded up to its end (ENTER, or
/// the silence that ends it): lost kernel events (SYN_DROPPED), a key the layout has no
/// character for, a code longer than `maxCodeLength`, or a code with no ENTER when one is
/// expected. Repeats and rate limits are left to the central input guard.
public struct KeyboardDecoder: Sendable {
    /// With a suffix expected, a partial code this long without a key is dropped: a scanner
    /// sends a whole code in well under a second, so such a pause means the rest was lost.
    public static let defaultIncompleteTimeout: Duration = .seconds(2)

    public let layout: KeyboardLayout
    public let maxCodeLength: Int
    /// Set for scanners that send no suffix: this much silence ends the code.
    public let suffixTimeout: Duration?
    public let incompleteTimeout: Duration

    var modifiers: KeyboardModifiers
    var text = ""
    var length = 0
    var discarding = false
    var droppingUntilReport = false
    var pendingDead: Character?
    /// Keypad digits typed while Alt is held; committed as one character when Alt is released.
    var altDigits: [Int] = []
    var lastKey: ContinuousClock.Instant?

    public init(
        layout: KeyboardLayout = .us,
        maxCodeLength: Int = 512,
        suffixTimeout: Duration? = nil,
        incompleteTimeout: Duration = Self.defaultIncompleteTimeout
    ) {
        self.layout = layout
        self.maxCodeLength = max(1, maxCodeLength)
        self.suffixTimeout = suffixTimeout
        self.incompleteTimeout = incompleteTimeout
        modifiers = KeyboardModifiers(rightAltIsAltGr: layout.rightAltIsAltGr)
        text.reserveCapacity(self.maxCodeLength)
    }

    public init(descriptor: DeviceDescriptor, layout: KeyboardLayout) {
        self.init(layout: layout, maxCodeLength: descriptor.maxCodeLength, suffixTimeout: descriptor.suffixTimeout)
    }

    /// Characters held for the code in progress; never more than `maxCodeLength`.
    public var bufferedCharacterCount: Int { length }

    /// When `flush(at:)` will end or drop the code in progress; nil when none is in progress.
    public var deadline: ContinuousClock.Instant? {
        guard isInProgress, let lastKey else { return nil }
        return lastKey + (suffixTimeout ?? incompleteTimeout)
    }

    public mutating func feed(_ records: [InputEventRecord], at now: ContinuousClock.Instant = .now) -> [InputEvent.Payload] {
        records.flatMap { feed($0, at: now) }
    }

    public mutating func feed(_ record: InputEventRecord, at now: ContinuousClock.Instant = .now) -> [InputEvent.Payload] {
        if record.type == EvdevKeyCode.eventSync {
            return sync(record.code, at: now)
        }
        guard !droppingUntilReport, record.type == EvdevKeyCode.eventKey else { return [] }
        return key(record.code, value: record.value, at: now)
    }

    /// One key event: value 1 is down, 0 up; autorepeat (2) is ignored, because a scanner
    /// holding a key would otherwise type it twice.
    public mutating func key(_ code: UInt16, value: Int32, at now: ContinuousClock.Instant = .now) -> [InputEvent.Payload] {
        switch value {
        case EvdevKeyCode.keyDown:
            let expired = flush(at: now)
            lastKey = now
            return expired + press(code)
        case EvdevKeyCode.keyUp:
            lastKey = now
            return release(code)
        default:
            return []
        }
    }

    /// Ends or drops the code in progress once its deadline has passed: a code from a scanner
    /// without suffix is complete, a partial code that expected ENTER is rejected.
    public mutating func flush(at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        guard let deadline, now >= deadline else { return [] }
        return silence()
    }

    /// Ends the code in progress now, as if its silence timeout had passed.
    public mutating func silence() -> [InputEvent.Payload] {
        guard isInProgress else { return [] }
        if suffixTimeout != nil {
            return endCode()
        }
        defer { reset() }
        return discarding ? [] : [.rejected(Self.incomplete())]
    }

    private var isInProgress: Bool {
        discarding || length > 0 || pendingDead != nil || !altDigits.isEmpty
    }

    private mutating func sync(_ code: UInt16, at now: ContinuousClock.Instant) -> [InputEvent.Payload] {
        switch code {
        case EvdevKeyCode.syncDropped:
            droppingUntilReport = true
            modifiers.releaseAll()
            altDigits.removeAll()
            lastKey = now
            return fail(Self.eventsLost())
        case EvdevKeyCode.syncReport:
            droppingUntilReport = false
            return []
        default:
            return []
        }
    }
}
