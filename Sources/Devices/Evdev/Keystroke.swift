/// One key press as a scanner would send it: the modifier keys held around it, then the key.
public struct Keystroke: Sendable, Hashable {
    public var key: UInt16
    /// Modifier key codes pressed before `key` and released after it, in order.
    public var modifiers: [UInt16]

    public init(key: UInt16, modifiers: [UInt16] = []) {
        self.key = key
        self.modifiers = modifiers
    }
}
