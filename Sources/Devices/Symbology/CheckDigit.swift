/// The GS1 mod-10 check digit (weights 3 and 1 alternating from the right) that EAN-8, EAN-13,
/// UPC-A, GTIN-14, GLN and SSCC-18 share. A misread digit or two swapped neighbours changes
/// it, which is why a code with a wrong check digit is refused rather than guessed at.
public enum CheckDigit {
    /// The check digit for `payload` (the digits without their check digit), or nil when
    /// `payload` is empty or holds anything but ASCII digits.
    public static func gs1Mod10(_ payload: some StringProtocol) -> Int? {
        var sum = 0
        var weight = 3
        var count = 0
        for byte in payload.utf8.reversed() {
            guard let digit = digitValue(byte) else { return nil }
            sum += digit * weight
            weight = weight == 3 ? 1 : 3
            count += 1
        }
        guard count > 0 else { return nil }
        return (10 - sum % 10) % 10
    }

    /// Whether the last digit of `digits` is the GS1 check digit of the others. False for
    /// anything shorter than two characters or not purely numeric.
    public static func isValid(_ digits: some StringProtocol) -> Bool {
        let bytes = Array(digits.utf8)
        guard bytes.count >= 2, let last = bytes.last.flatMap(digitValue) else { return false }
        return gs1Mod10(String(decoding: bytes.dropLast(), as: UTF8.self)) == last
    }

    /// Validates a UPC-E code (8 digits: number system 0 or 1, six data digits, check digit).
    /// Its check digit belongs to the UPC-A it abbreviates, so EAN-8 arithmetic would refuse
    /// good UPC-E labels.
    public static func isValidUPCE(_ digits: some StringProtocol) -> Bool {
        guard let expanded = expandUPCE(digits) else { return false }
        return isValid(expanded)
    }

    /// The 12-digit UPC-A a UPC-E code stands for (GS1 General Specifications, zero
    /// suppression), or nil when `digits` is not an 8-digit UPC-E with number system 0 or 1.
    public static func expandUPCE(_ digits: some StringProtocol) -> String? {
        let chars = Array(digits.utf8)
        guard chars.count == 8, chars.allSatisfy({ digitValue($0) != nil }),
              chars[0] == UInt8(ascii: "0") || chars[0] == UInt8(ascii: "1") else { return nil }
        let x = chars[1...6].map { Character(Unicode.Scalar($0)) }
        let body: [Character]
        switch x[5] {
        case "0", "1", "2": body = [x[0], x[1], x[5], "0", "0", "0", "0", x[2], x[3], x[4]]
        case "3": body = [x[0], x[1], x[2], "0", "0", "0", "0", "0", x[3], x[4]]
        case "4": body = [x[0], x[1], x[2], x[3], "0", "0", "0", "0", "0", x[4]]
        default: body = [x[0], x[1], x[2], x[3], x[4], "0", "0", "0", "0", x[5]]
        }
        let system = Character(Unicode.Scalar(chars[0]))
        let check = Character(Unicode.Scalar(chars[7]))
        return String([system] + body + [check])
    }

    static func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
