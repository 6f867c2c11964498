/// The BER-TLV subset ZVT uses inside BMP 06: one- or multi-byte tags and lengths of form
/// `xx` (< 80), `81 xx` or `82 xx xx`.
public enum ZVTTLV {
    /// Containers deeper than this are refused so hostile input cannot exhaust the stack.
    public static let maxDepth = 8

    public static func nodes(_ bytes: [UInt8]) throws(ZVTDecodeError) -> [ZVTTLVNode] {
        var nodes: [ZVTTLVNode] = []
        var offset = 0
        while offset < bytes.count {
            let (tag, afterTag) = try readTag(bytes, at: offset)
            let (start, length) = try berLength(bytes[...], at: afterTag, tag: 0x06)
            guard length <= bytes.count - start else { throw .badTLV(offset: offset) }
            nodes.append(ZVTTLVNode(tag: tag, value: Array(bytes[start..<(start + length)])))
            offset = start + length
        }
        return nodes
    }

    /// The values of every node tagged `tag`, searching inside constructed nodes, in order.
    public static func values(tagged tag: UInt32, in bytes: [UInt8], depth: Int = 0) throws(ZVTDecodeError) -> [[UInt8]] {
        guard depth < maxDepth else { throw .badTLV(offset: 0) }
        var found: [[UInt8]] = []
        for node in try nodes(bytes) {
            if node.tag == tag {
                found.append(node.value)
            } else if node.isConstructed {
                found += try values(tagged: tag, in: node.value, depth: depth + 1)
            }
        }
        return found
    }

    /// Where a BER-length value starts and how long it is; `position` is just past the tag.
    static func berLength(_ bytes: ArraySlice<UInt8>, at position: Int, tag: UInt8) throws(ZVTDecodeError) -> (start: Int, length: Int) {
        guard position < bytes.endIndex else { throw .truncated(tag: tag, offset: position - 1) }
        let first = bytes[position]
        switch first {
        case 0x00..<0x80:
            return (position + 1, Int(first))
        case 0x81:
            guard position + 1 < bytes.endIndex else { throw .truncated(tag: tag, offset: position - 1) }
            return (position + 2, Int(bytes[position + 1]))
        case 0x82:
            guard position + 2 < bytes.endIndex else { throw .truncated(tag: tag, offset: position - 1) }
            return (position + 3, Int(bytes[position + 1]) << 8 | Int(bytes[position + 2]))
        default:
            throw .badLengthField(tag: tag, offset: position - 1)
        }
    }

    /// Tags whose low five bits are all set continue while the next byte has bit 0x80; more
    /// than four bytes cannot be a ZVT tag and is refused.
    private static func readTag(_ bytes: [UInt8], at offset: Int) throws(ZVTDecodeError) -> (UInt32, Int) {
        var tag = UInt32(bytes[offset])
        var position = offset + 1
        guard bytes[offset] & 0x1F == 0x1F else { return (tag, position) }
        while true {
            guard position < bytes.count, position - offset < 4 else { throw .badTLV(offset: offset) }
            let byte = bytes[position]
            tag = tag << 8 | UInt32(byte)
            position += 1
            if byte & 0x80 == 0 {
                return (tag, position)
            }
        }
    }
}
