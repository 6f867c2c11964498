extension ZVTStatusInformation {
    /// Decodes the data of a 04 0F. A BCD field with a non-decimal nibble is an error rather
    /// than nil: a journal must not record a half-read amount as if it were absent.
    public init(bmpData data: [UInt8], textEncoding: ZVTTextEncoding = .cp437) throws(ZVTDecodeError) {
        self.init()
        for field in try ZVTBMPReader.fields(data) {
            try apply(field, textEncoding: textEncoding)
        }
    }

    private mutating func apply(_ field: ZVTBMPField, textEncoding: ZVTTextEncoding) throws(ZVTDecodeError) {
        let value = field.value
        switch field.tag {
        case 0x27: resultCode = value.first.map(ZVTResultCode.init(byte:))
        case 0x04: amountCents = try Int64(Self.bcd(value, tag: field.tag))
        case 0x49: currency = try Int(Self.bcd(value, tag: field.tag))
        case 0x87: receiptNumber = try Int(Self.bcd(value, tag: field.tag))
        case 0x0B: trace = try Int(Self.bcd(value, tag: field.tag))
        case 0x29: terminalID = try Self.digits(value, tag: field.tag)
        case 0x22: maskedPAN = Self.masked(value)
        case 0x8B: cardName = textEncoding.decode(value)
        case 0x3C: text = textEncoding.decode(value)
        default: skippedTagCount += 1
        }
    }

    private static func bcd(_ value: [UInt8], tag: UInt8) throws(ZVTDecodeError) -> UInt64 {
        guard let number = BCD.decode(value) else { throw .badBCD(tag: tag) }
        return number
    }

    private static func digits(_ value: [UInt8], tag: UInt8) throws(ZVTDecodeError) -> String {
        _ = try bcd(value, tag: tag)
        return value.map { String($0 >> 4) + String($0 & 0x0F) }.joined()
    }

    /// BMP 22 is BCD with `E` nibbles for hidden digits and `F` as padding (PA00P015). If the
    /// terminal sent it in the clear we mask all but the last four digits ourselves, because the
    /// hub must never hold a full PAN.
    static func masked(_ value: [UInt8]) -> String {
        let nibbles = value.flatMap { [$0 >> 4, $0 & 0x0F] }.filter { $0 != 0x0F }
        let characters = nibbles.map { $0 < 10 ? Character(String($0)) : "*" }
        guard !nibbles.contains(where: { $0 > 9 }) else { return String(characters) }
        let visible = 4
        let hidden = max(0, characters.count - visible)
        return String(repeating: "*", count: hidden) + String(characters.suffix(visible))
    }
}
