/// A message written once in both of the hub's languages, so no string is ever missing a translation.
public struct LocalizedText: Sendable, Equatable, Codable {
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
