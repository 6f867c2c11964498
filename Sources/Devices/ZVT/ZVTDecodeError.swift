/// Why a terminal message could not be decoded; offsets count from the start of the data
/// so a log line points at the byte.
public enum ZVTDecodeError: Error, Sendable, Equatable, Hashable {
    /// The value (or its length field) runs past the end of the data.
    case truncated(tag: UInt8, offset: Int)
    /// No length rule is known, so nothing after this tag can be read safely.
    case unknownTag(UInt8, offset: Int)
    /// An LL/LLL-var length byte that is not `F0`–`F9`, or a BER length we do not support.
    case badLengthField(tag: UInt8, offset: Int)
    /// A BCD field with a nibble above 9.
    case badBCD(tag: UInt8)
    /// A nested TLV that does not add up.
    case badTLV(offset: Int)
    /// The message needs at least one data byte and has none.
    case missingData
}
