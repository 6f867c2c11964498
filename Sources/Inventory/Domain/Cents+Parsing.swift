import Foundation

extension Cents {
    /// Reads what staff type: "1.50", "1,50", "€ 1,50", "2" or "0". Refuses a fraction of a cent,
    /// a negative amount and anything that is not a plain amount, saying how to write it.
    public static func parse(_ raw: String) throws -> Cents {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("€") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let euros = Int(parts[0]), euros >= 0, euros < 1_000_000,
              parts[0].allSatisfy(\.isASCIIDigit) else {
            throw unreadable(raw)
        }
        guard parts.count == 2 else { return Cents(euros * 100) }
        let fraction = parts[1]
        guard fraction.allSatisfy(\.isASCIIDigit), !fraction.isEmpty else { throw unreadable(raw) }
        guard fraction.count <= 2 else {
            throw InventoryError(
                .invalidInput,
                nl: "bedrag '\(raw)' heeft een fractie van een cent — geef hele centen, bijvoorbeeld 1,50",
                en: "amount '\(raw)' has a fraction of a cent — give whole cents, e.g. 1.50"
            )
        }
        let cents = Int(fraction.count == 1 ? fraction + "0" : String(fraction)) ?? 0
        return Cents(euros * 100 + cents)
    }

    private static func unreadable(_ raw: String) -> InventoryError {
        InventoryError(
            .invalidInput,
            nl: "bedrag '\(raw)' niet begrepen — schrijf euro's en centen, bijvoorbeeld 1,50 of 0",
            en: "amount '\(raw)' not understood — write euros and cents, e.g. 1.50 or 0"
        )
    }
}
