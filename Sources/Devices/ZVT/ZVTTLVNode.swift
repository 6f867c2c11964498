/// One BER-TLV element from a BMP 06 container; multi-byte tags are kept as one number
/// (`1F 07` → 0x1F07).
public struct ZVTTLVNode: Sendable, Equatable, Hashable {
    public var tag: UInt32
    public var value: [UInt8]

    public init(tag: UInt32, value: [UInt8]) {
        self.tag = tag
        self.value = value
    }

    /// Bit 0x20 of the first tag byte marks a container of further TLVs (e.g. `25` print texts).
    public var isConstructed: Bool {
        var first = tag
        while first > 0xFF {
            first >>= 8
        }
        return first & 0x20 != 0
    }
}
