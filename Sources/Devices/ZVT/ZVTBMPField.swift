/// One decoded BMP: its tag and its value without the length field.
public struct ZVTBMPField: Sendable, Equatable, Hashable {
    public var tag: UInt8
    public var value: [UInt8]

    public init(tag: UInt8, value: [UInt8]) {
        self.tag = tag
        self.value = value
    }
}
