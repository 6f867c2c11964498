/// How a pass enrolled on one reader type is found again when the same card is tapped on
/// another.
///
/// Every tap is first turned into canonical bytes (`UIDFormat.parse`), so readers printing hex,
/// reversed hex or decimal all yield the same full UID. Only the Wiegand formats carry less:
/// their tap is the last three canonical bytes (`wiegandBits`). A pass store therefore keeps,
/// besides a digest of the enrolling tap's bytes, a digest of its `wiegandBits` and whether
/// the tap was nothing but those bits; a tap is the same card as a stored pass when
/// `matches(_:)` holds, which a store can decide from those three facts alone.
extension PassUID {
    /// How many bytes a Wiegand-26 tap carries.
    public static let wiegandByteCount = 3

    /// The last three canonical bytes in hex (all bytes when there are fewer): equal for every
    /// form of the same card, so one index serves taps from every reader type.
    public var lookupKey: String {
        UIDFormat.hex(Array(bytes.suffix(Self.wiegandByteCount)))
    }

    /// The 24 bits a Wiegand-26 reader reports for this card, or nil when no Wiegand reader
    /// may read it (only 3- and 4-byte UIDs: the config refuses Wiegand for longer cards, so
    /// a 7-byte card's last three bytes never stand for it).
    public var wiegandBits: [UInt8]? {
        (Self.wiegandByteCount...4).contains(bytes.count) ? Array(bytes.suffix(Self.wiegandByteCount)) : nil
    }

    /// The tap carried only the 24 Wiegand bits, so it cannot tell apart 4-byte cards that
    /// share them.
    public var isWiegandOnly: Bool {
        bytes.count == Self.wiegandByteCount
    }

    /// The bits a reader of `format` reports for this card, in hex, or nil when that format
    /// cannot represent a UID of this length.
    public func matchKey(for format: UIDFormat) -> String? {
        guard let carried = format.carriedByteCount(forCardLength: bytes.count) else { return nil }
        return UIDFormat.hex(Array(bytes.suffix(carried)))
    }

    /// Same card: equal bytes, or one side is a 3-byte Wiegand tap and the other a 4-byte
    /// UID ending in those bytes. Two full UIDs must be equal, so Wiegand support never
    /// weakens matching between full readers; a 3-byte form never matches a 7-byte UID.
    public func matches(_ other: PassUID) -> Bool {
        if bytes == other.bytes {
            return !bytes.isEmpty
        }
        guard isWiegandOnly != other.isWiegandOnly, let mine = wiegandBits, let theirs = other.wiegandBits else { return false }
        return mine == theirs
    }
}
