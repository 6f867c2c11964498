/// Packed BCD as ZVT uses it: two decimal digits per byte, most significant first.
public enum BCD {
    /// Six BCD bytes hold twelve digits.
    public static let maxAmountCents: Int64 = 999_999_999_999

    /// Throws rather than clamps: charging a wrong amount is worse than refusing to charge.
    public static func encode(_ value: UInt64, byteCount: Int) throws(BCDError) -> [UInt8] {
        guard byteCount >= 0 else { throw .tooLarge }
        var remaining = value
        var bytes = [UInt8](repeating: 0, count: byteCount)
        for index in bytes.indices.reversed() {
            let low = UInt8(remaining % 10)
            let high = UInt8(remaining / 10 % 10)
            bytes[index] = high << 4 | low
            remaining /= 100
        }
        guard remaining == 0 else { throw .tooLarge }
        return bytes
    }

    /// Nil when a nibble is not a decimal digit: such a field is corrupt, not a number.
    public static func decode(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 9 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let high = byte >> 4
            let low = byte & 0x0F
            guard high < 10, low < 10 else { return nil }
            value = value * 100 + UInt64(high) * 10 + UInt64(low)
        }
        return value
    }

    /// BMP 04: the amount in cents as six BCD bytes.
    public static func amount(cents: Int64) throws(BCDError) -> [UInt8] {
        guard cents >= 0 else { throw .negative }
        guard cents <= maxAmountCents else { throw .tooLarge }
        return try encode(UInt64(cents), byteCount: 6)
    }

    public static func cents(fromAmount bytes: some Collection<UInt8>) -> Int64? {
        guard bytes.count == 6, let value = decode(bytes) else { return nil }
        return Int64(value)
    }

    /// The terminal password, "123456" → `12 34 56`.
    public static func password(_ digits: String) throws(BCDError) -> [UInt8] {
        let utf8 = Array(digits.utf8)
        guard utf8.count == 6, utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { throw .notDigits }
        return stride(from: 0, to: 6, by: 2).map { (utf8[$0] - 0x30) << 4 | (utf8[$0 + 1] - 0x30) }
    }
}
