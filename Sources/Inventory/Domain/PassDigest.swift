import Foundation

/// A pass as the hub stores it: HMAC-SHA256 under the hub key of the card's UID, and of the
/// 24 bits a Wiegand-26 reader reports for it. The UID itself never reaches the database or
/// the journal, so a stolen database names no card.
///
/// What the tap carried decides which card it can be (the rule of `PassUID.matches` in
/// Devices): the same bytes, or a Wiegand-only tap against a full 4-byte UID with the same
/// Wiegand bits. The digests keep exactly the facts that rule needs.
public struct PassDigest: Sendable, Hashable {
    /// Of the UID bytes as tapped.
    public let bytes: Data
    /// Of the 24 Wiegand bits; nil when no Wiegand reader can read this card.
    public let wiegand: Data?
    /// The tap was nothing but the Wiegand bits (a `wiegand26` reader).
    public let isWiegandOnly: Bool

    public init(bytes: Data, wiegand: Data? = nil, isWiegandOnly: Bool = false) {
        self.bytes = bytes
        self.wiegand = wiegand
        self.isWiegandOnly = isWiegandOnly && wiegand != nil
    }

    /// Same card as `other`: equal taps, or one side Wiegand-only and the other a full UID
    /// whose Wiegand bits are the same. Two full UIDs never match on their Wiegand bits alone.
    public func matches(_ other: PassDigest) -> Bool {
        if bytes == other.bytes { return true }
        guard isWiegandOnly != other.isWiegandOnly, let wiegand else { return false }
        return wiegand == other.wiegand
    }
}
