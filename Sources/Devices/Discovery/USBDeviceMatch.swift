/// Which configured devices an attached device is, so staff see at a glance whether the config
/// and the hardware agree.
public struct USBDeviceMatch: Sendable, Codable, Hashable {
    public var device: USBDeviceInfo
    /// Names of the configured devices it matches: empty when none, more than one when the
    /// config cannot tell identical scanners apart (add a serial or port).
    public var configured: [String]

    public init(device: USBDeviceInfo, configured: [String]) {
        self.device = device
        self.configured = configured
    }
}
