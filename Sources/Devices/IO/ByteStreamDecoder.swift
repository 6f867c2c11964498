/// Turns raw chunks from a device into decoded outputs on the reading thread, so only bounded,
/// already-framed results cross into async code.
public protocol ByteStreamDecoder: Sendable {
    associatedtype Output: Sendable
    mutating func feed(_ bytes: [UInt8]) -> [Output]
}
