import Foundation

/// An amount of money in whole euro cents. Money is never a floating-point number here:
/// a fraction of a cent is refused at the edge, where a person can still correct it.
public struct Cents: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) {
        self.value = value
    }

    public static let zero = Cents(0)

    public static func < (lhs: Cents, rhs: Cents) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Cents, rhs: Cents) -> Cents { Cents(lhs.value + rhs.value) }
    public static func - (lhs: Cents, rhs: Cents) -> Cents { Cents(lhs.value - rhs.value) }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// "€ 1,50": how the kiosk and the reports show an amount.
    public func formatted(_ language: Language) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let euros = magnitude / 100, cents = magnitude % 100
        let separator = language == .nl ? "," : "."
        return "\(sign)€ \(euros)\(separator)" + (cents < 10 ? "0\(cents)" : "\(cents)")
    }

    public var text: LocalizedText { LocalizedText(nl: formatted(.nl), en: formatted(.en)) }

    public var description: String { formatted(.en) }
}
