extension ZVTTerminalMessage {
    /// TLV tag of one print text line inside a 06 D3 block (PA00P015: `06` → `25` → `07`).
    public static let textLineTag: UInt32 = 0x07

    public init(_ apdu: ZVTAPDU, textEncoding: ZVTTextEncoding = .cp437) throws(ZVTDecodeError) {
        switch (apdu.classByte, apdu.instruction) {
        case (0x04, 0x0F):
            self = try .statusInformation(ZVTStatusInformation(bmpData: apdu.data, textEncoding: textEncoding))
        case (0x04, 0xFF):
            self = try .intermediateStatus(Self.firstByte(apdu))
        case (0x06, 0xD1):
            let attribute = try Self.firstByte(apdu)
            self = .printLine(attribute: attribute, text: textEncoding.decode(apdu.data.dropFirst()))
        case (0x06, 0xD3):
            self = try .printTextBlock(Self.textLines(apdu.data, textEncoding: textEncoding))
        case (0x06, 0x1E):
            self = try .abort(ZVTResultCode(byte: Self.firstByte(apdu)))
        case (0x06, 0x0F):
            self = .completion
        case (0x80, 0x00):
            self = .positiveReply
        case (0x84, let reason):
            self = .negativeReply(reason)
        default:
            self = .other(apdu)
        }
    }

    private static func firstByte(_ apdu: ZVTAPDU) throws(ZVTDecodeError) -> UInt8 {
        guard let byte = apdu.data.first else { throw .missingData }
        return byte
    }

    /// The block is BMP 06 (a TLV container) holding tag 25 with one tag 07 per line.
    private static func textLines(_ data: [UInt8], textEncoding: ZVTTextEncoding) throws(ZVTDecodeError) -> [String] {
        guard data.first == 0x06 else {
            throw data.isEmpty ? .missingData : .unknownTag(data[0], offset: 0)
        }
        let (start, length) = try ZVTTLV.berLength(data[...], at: 1, tag: 0x06)
        guard length <= data.count - start else { throw .truncated(tag: 0x06, offset: 0) }
        let container = Array(data[start..<(start + length)])
        return try ZVTTLV.values(tagged: textLineTag, in: container).map { textEncoding.decode($0) }
    }
}
