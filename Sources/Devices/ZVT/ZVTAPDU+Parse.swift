extension ZVTAPDU {
    /// Reads one APDU from the front of `bytes` by its length field, never by buffer size:
    /// TCP hands over reads that may end mid-APDU or hold several, and serial frames may
    /// carry stale bytes.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> ZVTAPDUParseResult {
        guard let header = header(bytes) else { return .needMore }
        let start = bytes.startIndex
        let total = header.headerLength + header.dataLength
        guard bytes.count >= total else { return .needMore }
        let dataStart = start + header.headerLength
        let apdu = ZVTAPDU(
            classByte: bytes[start],
            instruction: bytes[start + 1],
            data: Array(bytes[dataStart..<(dataStart + header.dataLength)])
        )
        return .complete(apdu, consumed: total)
    }

    public static func parse(_ bytes: [UInt8]) -> ZVTAPDUParseResult {
        parse(bytes[...])
    }

    /// The announced data length and the header size (3, or 5 with `FF lo hi`), or nil while
    /// the header itself is incomplete; this is what lets a reader split inside `FF lo hi`.
    static func header(_ bytes: ArraySlice<UInt8>) -> (dataLength: Int, headerLength: Int)? {
        let start = bytes.startIndex
        guard bytes.count >= 3 else { return nil }
        let length = bytes[start + 2]
        guard length == 0xFF else { return (Int(length), 3) }
        guard bytes.count >= 5 else { return nil }
        return (Int(bytes[start + 3]) | Int(bytes[start + 4]) << 8, 5)
    }
}
