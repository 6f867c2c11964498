/// Which modifier keys one device holds, and its own Caps Lock.
///
/// Kept per device because a grabbed scanner's Shift or Caps Lock must never leak into another
/// scanner's (or the console's) text. Left and right keys are tracked apart so releasing one
/// Shift while the other is held keeps Shift on.
struct KeyboardModifiers: Sendable, Equatable {
    private var held: Set<UInt16> = []
    private(set) var capsLock = false
    let rightAltIsAltGr: Bool

    init(rightAltIsAltGr: Bool) {
        self.rightAltIsAltGr = rightAltIsAltGr
    }

    static let codes: Set<UInt16> = [
        EvdevKeyCode.leftShift, EvdevKeyCode.rightShift, EvdevKeyCode.leftCtrl, EvdevKeyCode.rightCtrl,
        EvdevKeyCode.leftAlt, EvdevKeyCode.rightAlt, EvdevKeyCode.leftMeta, EvdevKeyCode.rightMeta,
        EvdevKeyCode.capsLock, EvdevKeyCode.numLock, EvdevKeyCode.scrollLock,
    ]

    static func isModifier(_ code: UInt16) -> Bool {
        codes.contains(code)
    }

    var shift: Bool { held.contains(EvdevKeyCode.leftShift) || held.contains(EvdevKeyCode.rightShift) }
    var ctrl: Bool { held.contains(EvdevKeyCode.leftCtrl) || held.contains(EvdevKeyCode.rightCtrl) }
    var altGr: Bool { rightAltIsAltGr && held.contains(EvdevKeyCode.rightAlt) }
    var alt: Bool { held.contains(EvdevKeyCode.leftAlt) || (!rightAltIsAltGr && held.contains(EvdevKeyCode.rightAlt)) }

    mutating func press(_ code: UInt16) {
        if code == EvdevKeyCode.capsLock {
            capsLock.toggle()
        } else {
            held.insert(code)
        }
    }

    mutating func release(_ code: UInt16) {
        held.remove(code)
    }

    /// After lost events the held keys are unknown; assuming none held is safe because the
    /// code in progress is dropped anyway. Caps Lock is a toggle, so its state is kept.
    mutating func releaseAll() {
        held.removeAll()
    }

    /// The level a key is read at: AltGr wins, and Caps Lock inverts Shift on letters only.
    func level(alphabetic: Bool) -> KeyLevel {
        if altGr {
            return .altGr
        }
        return shift != (capsLock && alphabetic) ? .shifted : .plain
    }
}
