extension ScannedCode {
    /// For a purely numeric code of a GS1 key length (8, 12, 13, 14 or 18 digits): whether its
    /// last digit is a valid GS1 check digit. Nil for anything else. Bare numbers are never
    /// refused (they may be internal codes), so workflows that expect a GTIN can ask here.
    public var hasValidCheckDigit: Bool? {
        guard [8, 12, 13, 14, 18].contains(text.utf8.count), text.utf8.allSatisfy({ CheckDigit.digitValue($0) != nil }) else {
            return nil
        }
        return CheckDigit.isValid(text)
    }
}
