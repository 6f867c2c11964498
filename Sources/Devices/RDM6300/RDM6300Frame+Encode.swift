extension RDM6300Frame {
    /// The frame a reader sends for a 4-byte tag (version byte 0), for the simulator.
    public static func encode(tag: PassUID, version: UInt8 = 0) -> [UInt8]? {
        guard tag.bytes.count == 4 else { return nil }
        let bytes = [version] + tag.bytes
        let checksum = bytes.reduce(0, ^)
        let hex = (bytes + [checksum]).flatMap { Array(String(format: "%02X", $0).utf8) }
        return [start] + hex + [end]
    }
}
