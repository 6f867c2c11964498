import Foundation

/// GS1 trade item numbers. Stored as 14 digits so GTIN-8, -12, -13 and -14 scans of the same
/// article meet in one lookup.
public enum GTIN {
    /// Refuses anything but 8, 12, 13 or 14 digits with a correct GS1 mod-10 check digit:
    /// a misread scan must never book stock on another article.
    public static func validated(_ raw: String) throws(InventoryError) -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard [8, 12, 13, 14].contains(text.count), text.allSatisfy(\.isASCIIDigit) else {
            throw InventoryError(
                .invalidInput,
                nl: "'\(text)' is geen GTIN (8, 12, 13 of 14 cijfers) — scan de streepjescode opnieuw",
                en: "'\(text)' is not a GTIN (8, 12, 13 or 14 digits) — scan the barcode again"
            )
        }
        let digits = text.compactMap(\.wholeNumberValue)
        guard let last = digits.last, checkDigit(digits.dropLast()) == last else {
            throw InventoryError(
                .invalidInput,
                nl: "GTIN \(text) heeft een verkeerd controlecijfer — scan opnieuw of typ het nummer over",
                en: "GTIN \(text) has a wrong check digit — scan again or retype the number"
            )
        }
        return String(repeating: "0", count: 14 - text.count) + text
    }

    /// GS1 mod 10: from the right, weights 3, 1, 3, … over the digits before the check digit.
    public static func checkDigit<C: BidirectionalCollection<Int>>(_ body: C) -> Int {
        var sum = 0
        for (offset, digit) in body.reversed().enumerated() {
            sum += digit * (offset.isMultiple(of: 2) ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }
}
