/// A refusal from the domain or the store. It names what is wrong and what to do next,
/// in both languages, so the daemon can answer the concierge in theirs.
public struct InventoryError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let name: String
        public var description: String { name }

        public static let notFound = Code(name: "not-found")
        public static let invalidInput = Code(name: "invalid-input")
        public static let conflict = Code(name: "conflict")
        public static let refused = Code(name: "refused")
        public static let storage = Code(name: "storage")
        /// Staff authentication is missing or has lapsed.
        public static let unauthorized = Code(name: "unauthorized")
        /// Too many wrong PINs: wait before the next try.
        public static let locked = Code(name: "locked")
    }

    public var code: Code
    public var text: LocalizedText

    public init(_ code: Code, _ text: LocalizedText) {
        self.code = code
        self.text = text
    }

    public init(_ code: Code, nl: String, en: String) {
        self.init(code, LocalizedText(nl: nl, en: en))
    }

    public func message(_ language: Language) -> String { text(language) }
    public var description: String { text.en }
}

extension InventoryError {
    /// A row stored without the number SQLite gives it: the write is undone and nothing is
    /// acknowledged, so the caller may try again.
    static func unnumbered(nl: String, en: String) -> InventoryError {
        InventoryError(.storage, nl: "\(nl) kreeg bij het opslaan geen nummer — er is niets vastgelegd; probeer het opnieuw", en: "\(en) got no number when stored — nothing was recorded; try again")
    }
}
