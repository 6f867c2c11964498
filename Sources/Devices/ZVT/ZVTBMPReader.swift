/// Walks a BMP stream (`tag value tag value…`) by the length rules of `ZVTBMPTable`.
///
/// Every length is checked against the bytes that remain before any slicing, so hostile or
/// truncated input ends in a `ZVTDecodeError`, never in a trap or a read past the buffer.
public enum ZVTBMPReader {
    public static func fields(_ data: [UInt8]) throws(ZVTDecodeError) -> [ZVTBMPField] {
        var fields: [ZVTBMPField] = []
        var offset = 0
        while offset < data.count {
            let tag = data[offset]
            guard let rule = ZVTBMPTable.rule(for: tag) else { throw .unknownTag(tag, offset: offset) }
            let (start, length) = try valueBounds(rule, tag: tag, data: data, after: offset + 1)
            guard length <= data.count - start else { throw .truncated(tag: tag, offset: offset) }
            fields.append(ZVTBMPField(tag: tag, value: Array(data[start..<(start + length)])))
            offset = start + length
        }
        return fields
    }

    /// Where the value starts and how long it is; `position` is just past the tag.
    private static func valueBounds(
        _ rule: ZVTBMPLength, tag: UInt8, data: [UInt8], after position: Int
    ) throws(ZVTDecodeError) -> (start: Int, length: Int) {
        switch rule {
        case .fixed(let length):
            return (position, length)
        case .llVar:
            return (position + 2, try decimalLength(tag: tag, data: data, at: position, digits: 2))
        case .lllVar:
            return (position + 3, try decimalLength(tag: tag, data: data, at: position, digits: 3))
        case .tlv:
            return try ZVTTLV.berLength(data[...], at: position, tag: tag)
        }
    }

    private static func decimalLength(tag: UInt8, data: [UInt8], at position: Int, digits: Int) throws(ZVTDecodeError) -> Int {
        guard data.count - position >= digits else { throw .truncated(tag: tag, offset: position - 1) }
        var length = 0
        for byte in data[position..<(position + digits)] {
            guard byte >> 4 == 0xF, byte & 0x0F < 10 else { throw .badLengthField(tag: tag, offset: position - 1) }
            length = length * 10 + Int(byte & 0x0F)
        }
        return length
    }
}
