/// Conversions between what a reader prints and the canonical UID bytes.
///
/// Canonical bytes are the UID in the order PC/SC `FF CA 00 00 00` returns it (the order the
/// card sends it during anticollision; for EM4100 cards the four tag bytes as an RDM6300
/// prints them). Relative to that order:
/// - `hex` prints the bytes as they are, `hex-reversed` last byte first;
/// - `decimal-be` prints the bytes read as one big-endian number, `decimal-le` little-endian
///   (what many USB readers call their "10-digit" output), zero-padded to the width of the
///   largest number of that many bytes (10 digits for 4 bytes, 17 for 7);
/// - `wiegand26` prints the 24-bit Wiegand card number in decimal: the low 24 bits of the
///   `decimal-be` number, i.e. the last three canonical bytes (facility code = byte 1, card
///   number = bytes 2–3 for a 4-byte UID). It carries no more than that, so a tap from it is a
///   3-byte `PassUID`, which `PassUID.matches(_:)` compares on those 24 bits. The number is
///   the 24 data bits only, never the raw 26-bit frame with parity: set the reader to print
///   it that way (`Wiegand26.data(fromFrame:)` unpacks raw frames for a GPIO Wiegand driver).
/// - `wiegand26-reversed` prints the same three bytes in the other order: for canonical bytes
///   92 A7 82 30, `wiegand26` prints 0xA78230 = 10977840 and `wiegand26-reversed` 0x3082A7 =
///   3179175. A tap from it is the same 3-byte `PassUID` as from `wiegand26`.
extension UIDFormat {
    /// How many canonical bytes a tap carries for a card of `length` bytes, or nil when this
    /// format cannot represent such a card (the config refuses those combinations; this is
    /// the guard at run time).
    public func carriedByteCount(forCardLength length: Int) -> Int? {
        guard (1...10).contains(length) else { return nil }
        switch self {
        case .hex, .hexReversed: return length
        case .decimalBE, .decimalLE: return length <= 8 ? length : nil
        case .wiegand26, .wiegand26Reversed: return (3...4).contains(length) ? 3 : nil
        }
    }

    /// Reads one line from a reader configured with this format, for cards of `length` bytes.
    /// Surrounding whitespace is ignored, hex may be upper or lower case (optionally `0x` and
    /// `:`/`-`/space between bytes), decimal may have leading zeros or lack them.
    public func parse(_ text: String, length: Int) -> Result<PassUID, InputRejection> {
        let trimmed = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !trimmed.isEmpty else {
            return .failure(InputRejection(.empty, "empty UID from the pass reader dropped — tap the card again"))
        }
        guard let carried = carriedByteCount(forCardLength: length) else {
            return .failure(Self.rejection("a \(length)-byte UID cannot be read as \(rawValue) — use uid_format = \"hex\" for this reader, or check uid_bytes"))
        }
        switch self {
        case .hex:
            return parseHex(trimmed, byteCount: carried).map { PassUID(bytes: $0) }
        case .hexReversed:
            return parseHex(trimmed, byteCount: carried).map { PassUID(bytes: $0.reversed()) }
        case .decimalBE, .wiegand26:
            return parseDecimal(trimmed, byteCount: carried).map { PassUID(bytes: $0) }
        case .decimalLE, .wiegand26Reversed:
            return parseDecimal(trimmed, byteCount: carried).map { PassUID(bytes: $0.reversed()) }
        }
    }

    /// What a reader of this format prints for `uid`, or nil when the format cannot carry it
    /// (more than 8 bytes as decimal, anything but a 3- or 4-byte UID as a Wiegand format).
    public func render(_ uid: PassUID) -> String? {
        guard let carried = carriedByteCount(forCardLength: uid.bytes.count) else { return nil }
        let bytes = Array(uid.bytes.suffix(carried))
        switch self {
        case .hex: return Self.hex(bytes)
        case .hexReversed: return Self.hex(bytes.reversed())
        case .decimalBE, .wiegand26: return Self.decimal(bytes)
        case .decimalLE, .wiegand26Reversed: return Self.decimal(bytes.reversed())
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { $0 < 0x10 ? "0" + String($0, radix: 16, uppercase: true) : String($0, radix: 16, uppercase: true) }.joined()
    }

    private static func decimal(_ bytes: [UInt8]) -> String {
        let value = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let digits = String(value)
        let width = String(maxValue(byteCount: bytes.count)).count
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func maxValue(byteCount: Int) -> UInt64 {
        byteCount >= 8 ? UInt64.max : (UInt64(1) << UInt64(8 * byteCount)) - 1
    }

    private func parseHex(_ text: String, byteCount: Int) -> Result<[UInt8], InputRejection> {
        var digits = Substring(text)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
            digits = digits.dropFirst(2)
        }
        let nibbles = digits.filter { $0 != ":" && $0 != "-" && $0 != " " }.map { $0.isASCII ? $0.hexDigitValue : nil }
        guard !nibbles.isEmpty, nibbles.allSatisfy({ $0 != nil }) else {
            return .failure(Self.rejection("pass reader sent \(Self.shown(text)), which is not a hex UID — check that uid_format = \"\(rawValue)\" matches the reader's output"))
        }
        guard nibbles.count == byteCount * 2 else {
            return .failure(Self.rejection(
                "pass reader sent \(nibbles.count) hex digits, but uid_bytes = \(byteCount) expects \(byteCount * 2) — set uid_bytes to match the cards (4 for MIFARE Classic, 7 for NTAG/DESFire)"
            ))
        }
        let values = nibbles.compactMap { $0 }
        return .success(stride(from: 0, to: values.count, by: 2).map { UInt8(values[$0] << 4 | values[$0 + 1]) })
    }

    private func parseDecimal(_ text: String, byteCount: Int) -> Result<[UInt8], InputRejection> {
        guard text.utf8.allSatisfy({ CheckDigit.digitValue($0) != nil }) else {
            return .failure(Self.rejection("pass reader sent \(Self.shown(text)), which is not a decimal UID — check that uid_format = \"\(rawValue)\" matches the reader's output"))
        }
        guard let value = UInt64(text), value <= Self.maxValue(byteCount: byteCount) else {
            let limit = isWiegand
                ? "the 24 bits a Wiegand-26 card number has — set the reader to print the 24-bit number, not the raw 26-bit frame"
                : "a \(byteCount)-byte UID — check uid_bytes (4 for MIFARE Classic/EM4100, 7 for NTAG/DESFire) and uid_format"
            return .failure(Self.rejection("pass reader sent \(Self.shown(text)), more than \(limit)"))
        }
        return .success((0..<byteCount).reversed().map { UInt8(truncatingIfNeeded: value >> UInt64(8 * $0)) })
    }

    /// A length, never the text: what a pass reader sends may be most of a card's UID, and
    /// this message goes to the journal.
    private static func shown(_ text: String) -> String {
        "\(text.count) characters"
    }

    /// One place for the rejection code, so a UID the format cannot read is reported alike
    /// from every reader.
    static func rejection(_ message: String) -> InputRejection {
        InputRejection(.checksum, message)
    }
}
