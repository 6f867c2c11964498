/// How a pass enrolled on one reader type is found again when the same card is tapped on
/// another.
///
/// Every tap is first turned into canonical bytes (`UIDFormat.parse`), so readers printing hex,
/// reversed hex or decimal all yield the same full UID. Only `wiegand26` carries less: its
/// tap is the last three canonical bytes. A pass store therefore keeps the canonical bytes of
/// the enrolling tap, indexes them by `lookupKey` (the 24 bits every format carries), finds
/// the candidates for a tap by the tap's `lookupKey`, and accepts a candidate only when
/// `matches(_:)` holds.
extension PassUID {
    /// How many bytes a Wiegand-26 tap carries.
    public static let wiegandByteCount = 3

    /// The last three canonical bytes in hex (all bytes when there are fewer): equal for every
    /// form of the same card, so one index serves taps from every reader type.
    public var lookupKey: String {
        UIDFormat.hex(Array(bytes.suffix(Self.wiegandByteCount)))
    }

    /// The bits a reader of `format` reports for this card, in hex, or nil when that format
    /// cannot represent a UID of this length.
    public func matchKey(for format: UIDFormat) -> String? {
        guard let carried = format.carriedByteCount(forCardLength: bytes.count) else { return nil }
        return UIDFormat.hex(Array(bytes.suffix(carried)))
    }

    /// Same card: equal bytes, or one side is a 3-byte Wiegand-26 tap and the other a 4-byte
    /// UID ending in those bytes. A 3-byte form never matches a 7-byte UID, because no reader
    /// is allowed to print a 7-byte card as Wiegand-26.
    public func matches(_ other: PassUID) -> Bool {
        if bytes == other.bytes {
            return !bytes.isEmpty
        }
        let (short, long) = bytes.count < other.bytes.count ? (bytes, other.bytes) : (other.bytes, bytes)
        return short.count == Self.wiegandByteCount && long.count == 4 && Array(long.suffix(3)) == short
    }
}
