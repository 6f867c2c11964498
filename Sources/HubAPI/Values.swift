import Foundation

/// The language of text meant for people; identifiers stay English regardless.
public enum Language: String, Codable, Sendable, CaseIterable {
    case nl
    case en

    /// Reads `LANG`-style values such as `en_GB.UTF-8`; anything not English is Dutch, the hub's default.
    public init(localeIdentifier: String?) {
        if let id = localeIdentifier?.lowercased(), id.hasPrefix("en") {
            self = .en
        } else {
            self = .nl
        }
    }
}

/// A message in both of the hub's languages: hubd decides the words, the kiosk only picks one.
public struct LocalizedText: Codable, Sendable, Equatable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}

/// A calendar day in the hub's time zone, `YYYY-MM-DD` on the wire.
public struct LocalDay: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let text: String

    /// Accepts only `YYYY-MM-DD`, so a typo in `--until` is refused before it reaches hubd.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day), year > 1900
        else { return nil }
        self.text = text
    }

    /// For hubd, whose own day value was checked when it was made.
    public init(checkedText text: String) {
        self.text = text
    }

    public var description: String { text }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool { lhs.text < rhs.text }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let day = LocalDay(raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(raw)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
