/// How much a device delivered and how much was dropped, by reason: a stuck or rogue device
/// shows up in `kiosk status` as a climbing drop count, not as silence.
public struct DeviceCounters: Sendable, Equatable, Codable {
    public var delivered: Int = 0
    public var dropped: [String: Int] = [:]

    public init() {}

    public var totalDropped: Int { dropped.values.reduce(0, +) }
}
