/// The length rules of the BMPs a terminal sends (PA00P015, "BMP table").
///
/// A BMP stream has no self-describing lengths: a tag missing from this table cannot be
/// skipped, only reported. The one rule by tag class is the display/print text lines
/// (`E1`–`E8`, `F1`–`F8`), which are all LL-var; that grouping is our reading of the spec.
/// Assumption: `D0` is the one-byte algorithm key number and `D1` its LL-var offset; the
/// brief lists both as variable, the spec copy we read gives `D0` one byte.
public enum ZVTBMPTable {
    public static let rules: [UInt8: ZVTBMPLength] = [
        0x01: .fixed(1), 0x02: .fixed(1), 0x03: .fixed(1), 0x04: .fixed(6), 0x05: .fixed(1),
        0x06: .tlv, 0x0B: .fixed(3), 0x0C: .fixed(3), 0x0D: .fixed(2), 0x0E: .fixed(2),
        0x17: .fixed(2), 0x19: .fixed(1), 0x22: .llVar, 0x23: .llVar, 0x24: .lllVar,
        0x27: .fixed(1), 0x29: .fixed(4), 0x2A: .fixed(15), 0x2D: .llVar, 0x2E: .lllVar,
        0x37: .fixed(3), 0x3A: .fixed(2), 0x3B: .fixed(8), 0x3C: .lllVar, 0x3D: .fixed(3),
        0x49: .fixed(2), 0x60: .lllVar, 0x87: .fixed(2), 0x88: .fixed(3), 0x8A: .fixed(1),
        0x8B: .llVar, 0x8C: .fixed(1), 0x9A: .lllVar, 0xA0: .fixed(1), 0xA7: .llVar,
        0xAF: .lllVar, 0xBA: .fixed(5), 0xD0: .fixed(1), 0xD1: .llVar, 0xD2: .fixed(1),
        0xE0: .fixed(1), 0xE9: .fixed(1), 0xEA: .fixed(1), 0xF0: .fixed(1),
    ]

    /// Nil means the tag cannot be skipped, so decoding must stop there.
    public static func rule(for tag: UInt8) -> ZVTBMPLength? {
        if let rule = rules[tag] {
            return rule
        }
        if (0xE1...0xE8).contains(tag) || (0xF1...0xF8).contains(tag) {
            return .llVar
        }
        return nil
    }
}
