import Foundation

/// The language of text meant for people; identifiers stay English regardless.
public enum Language: String, Sendable, Codable, CaseIterable {
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
