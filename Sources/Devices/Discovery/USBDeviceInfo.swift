/// One attached USB device as `kiosk devices` shows it: what to write into the config (VID:PID,
/// serial, port path) and which device nodes it provides for evdev and serial entries.
public struct USBDeviceInfo: Sendable, Codable, Hashable {
    /// Vendor ID as four lower-case hex digits, e.g. "0c2e", as sysfs and `lsusb` print it.
    public var vid: String
    public var pid: String
    public var manufacturer: String?
    public var product: String?
    public var serial: String?
    public var busNumber: Int?
    /// The sysfs port path, e.g. "1-1.3": the way to tell identical scanners without serial apart.
    public var portPath: String
    /// Class of the first interface (3 HID, 2 CDC, 9 hub), nil when unknown.
    public var interfaceClass: Int?
    /// Nodes such as "/dev/input/event3", "/dev/ttyACM0", "/dev/hidraw1", sorted.
    public var deviceNodes: [String]
    /// Where the facts came from: "sysfs", "libusb" or both.
    public var sources: [String]

    public init(
        vid: String, pid: String, manufacturer: String? = nil, product: String? = nil, serial: String? = nil,
        busNumber: Int? = nil, portPath: String, interfaceClass: Int? = nil, deviceNodes: [String] = [],
        sources: [String] = []
    ) {
        self.vid = vid
        self.pid = pid
        self.manufacturer = manufacturer
        self.product = product
        self.serial = serial
        self.busNumber = busNumber
        self.portPath = portPath
        self.interfaceClass = interfaceClass
        self.deviceNodes = deviceNodes
        self.sources = sources
    }

    public var vendorID: UInt16? { UInt16(vid, radix: 16) }
    public var productID: UInt16? { UInt16(pid, radix: 16) }
}
