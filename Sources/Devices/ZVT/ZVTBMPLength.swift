/// How a BMP's value length is found, per PA00P015's BMP table.
public enum ZVTBMPLength: Sendable, Equatable {
    case fixed(Int)
    /// Two length bytes `F0`–`F9`, each carrying one decimal digit in its low nibble: `F1 F2`
    /// is 12. Assumption from the spec's notation "LL-var": the high nibble is always F.
    case llVar
    /// Three such bytes: `F1 F0 F5` is 105.
    case lllVar
    /// BMP 06: a BER-TLV container whose BER length (1 byte, or `81 xx`, or `82 xx xx`)
    /// says how far to skip.
    case tlv
}
