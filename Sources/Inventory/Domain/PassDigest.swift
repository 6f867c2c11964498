import Foundation

/// A pass as the hub stores it: HMAC-SHA256 of the card's UID under the hub key. The UID
/// itself never reaches the database or the journal, so a stolen database names no card.
public struct PassDigest: Sendable, Hashable {
    public let bytes: Data

    public init(bytes: Data) {
        self.bytes = bytes
    }
}
