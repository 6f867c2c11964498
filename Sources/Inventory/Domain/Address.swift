/// A Dutch street address, split the way route planners import stops.
public struct Address: Sendable, Hashable, Codable {
    public var street: String
    public var houseNumber: String
    public var postcode: String
    public var town: String

    public init(street: String, houseNumber: String, postcode: String, town: String) {
        self.street = street
        self.houseNumber = houseNumber
        self.postcode = postcode
        self.town = town
    }

    public var singleLine: String { "\(street) \(houseNumber), \(postcode) \(town)" }

    /// Normalises "1234ab" to "1234 AB", so the same address groups as one stop.
    public static func normalisedPostcode(_ raw: String) throws(InventoryError) -> String {
        let compact = raw.replacingOccurrences(of: " ", with: "").uppercased()
        let digits = compact.prefix(4)
        let letters = compact.dropFirst(4)
        guard compact.count == 6, digits.allSatisfy(\.isASCIIDigit), digits.first != "0",
              letters.allSatisfy({ $0.isASCII && $0.isLetter })
        else {
            throw InventoryError(
                .invalidInput,
                nl: "postcode '\(raw)' klopt niet — gebruik vier cijfers en twee letters, bijvoorbeeld 7423 AB",
                en: "postcode '\(raw)' is not valid — use four digits and two letters, e.g. 7423 AB"
            )
        }
        return "\(digits) \(letters)"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
