/// How a pass reader prints a card UID. Each reader's config names its format, so every tap
/// can be normalised to the same canonical bytes.
public enum UIDFormat: String, Sendable, Codable, CaseIterable {
    case hex
    case hexReversed = "hex-reversed"
    case decimalBE = "decimal-be"
    case decimalLE = "decimal-le"
    case wiegand26
    /// The same 24 bits as `wiegand26` with their three bytes in the other order, as some
    /// MIFARE readers print them.
    case wiegand26Reversed = "wiegand26-reversed"

    /// Formats that carry only the 24 Wiegand bits, so they read 3- and 4-byte cards only.
    public var isWiegand: Bool {
        self == .wiegand26 || self == .wiegand26Reversed
    }
}
