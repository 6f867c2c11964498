/// How a pass reader prints a card UID. Each reader's config names its format, so every tap
/// can be normalised to the same canonical bytes.
public enum UIDFormat: String, Sendable, Codable, CaseIterable {
    case hex
    case hexReversed = "hex-reversed"
    case decimalBE = "decimal-be"
    case decimalLE = "decimal-le"
    case wiegand26
}
