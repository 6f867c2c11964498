/// A card's UID as canonical bytes, whatever form the reader printed it in, so a pass
/// enrolled on one reader type matches a tap of the same card on another.
public struct PassUID: Sendable, Hashable, Codable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}
