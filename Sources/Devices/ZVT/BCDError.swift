/// Why a value cannot be put into ZVT's packed BCD fields.
public enum BCDError: Error, Sendable, Equatable {
    case negative
    /// More digits than the field holds, e.g. an amount over 9 999 999 999.99.
    case tooLarge
    /// A password that is not exactly six decimal digits.
    case notDigits
}
