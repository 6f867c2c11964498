/// Which USB device a `hid` entry means: VID:PID, narrowed by serial number or physical port
/// for identical scanners.
public struct USBMatch: Sendable, Hashable, Codable {
    public var vendorID: UInt16
    public var productID: UInt16
    public var serial: String?
    /// The sysfs port path, e.g. "1-1.3".
    public var port: String?

    public init(vendorID: UInt16, productID: UInt16, serial: String? = nil, port: String? = nil) {
        self.vendorID = vendorID
        self.productID = productID
        self.serial = serial
        self.port = port
    }
}
