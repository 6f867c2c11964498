extension ApplicationIdentifier {
    /// What is wrong with `value` for this AI, phrased for staff, or nil when it is valid.
    /// The length has already been checked by the parser.
    func problem(with value: ArraySlice<UInt8>) -> String? {
        switch content {
        case .numeric:
            return Self.allDigits(value) ? nil : "(\(ai)) \(title) must be digits only"
        case .checkDigit:
            guard Self.allDigits(value) else { return "(\(ai)) \(title) must be digits only" }
            return CheckDigit.isValid(String(decoding: value, as: UTF8.self)) ? nil : "(\(ai)) \(title) has a wrong check digit"
        case .date:
            return dateProblem(value)
        case .alphanumeric:
            guard let bad = value.first(where: { !Self.isCSET82($0) }) else { return nil }
            return "(\(ai)) \(title) contains \(Self.describe(bad)), which GS1 codes never carry"
        }
    }

    /// YYMMDD with a real month and day; day 00 means "end of the month" in GS1 (`yymmd0`).
    /// Years are two digits in a 100-year window, so every year divisible by 4 is a leap year.
    private func dateProblem(_ value: ArraySlice<UInt8>) -> String? {
        let digits = value.compactMap(CheckDigit.digitValue)
        guard digits.count == 6 else { return "(\(ai)) \(title) must be a date YYMMDD in digits" }
        let year = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        let day = digits[4] * 10 + digits[5]
        guard (1...12).contains(month) else { return "(\(ai)) \(title) has month \(month), not 01–12" }
        let lengths = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return "(\(ai)) \(title) has day \(day), but month \(month) has \(lengths[month - 1])" }
        return nil
    }

    static func allDigits(_ value: ArraySlice<UInt8>) -> Bool {
        value.allSatisfy { CheckDigit.digitValue($0) != nil }
    }

    /// GS1 character set 82: digits, letters, and `!"%&'()*+,-./:;<=>?_`.
    static func isCSET82(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
            true
        default:
            Array("!\"%&'()*+,-./:;<=>?_".utf8).contains(byte)
        }
    }

    static func describe(_ byte: UInt8) -> String {
        if byte == 0x20 { return "a space" }
        if (0x21...0x7E).contains(byte) { return "\"\(Character(Unicode.Scalar(byte)))\"" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
}
