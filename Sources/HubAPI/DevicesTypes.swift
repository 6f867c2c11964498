import Foundation

/// Which configured devices an attached device is, so staff see at a glance whether the config
/// and the hardware agree.
public struct USBDeviceMatch: Codable, Sendable, Equatable {
    public var device: USBDeviceInfo
    /// Names of the configured devices it matches: empty when none, more than one when the
    /// config cannot tell identical scanners apart (add a serial or port).
    public var configured: [String]

    public init(device: USBDeviceInfo, configured: [String]) {
        self.device = device
        self.configured = configured
    }
}

/// One attached USB device as `kiosk devices` shows it: what to write into the config (VID:PID,
/// serial, port path) and which device nodes it provides for evdev and serial entries.
public struct USBDeviceInfo: Codable, Sendable, Equatable {
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
        vid: String, pid: String, manufacturer: String?, product: String?, serial: String?, busNumber: Int?, portPath: String,
        interfaceClass: Int?, deviceNodes: [String], sources: [String]
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
}

/// What a device is for at the hub; a device without a role is never opened.
public enum DeviceRole: String, Codable, Sendable, CaseIterable {
    case intake
    case pass
    case stock
    case payment
    case feedback
    case buttons
}

/// The kernel interface and wire format a device speaks.
public enum DriverKind: String, Codable, Sendable, CaseIterable {
    case evdev
    case serial
    case hid
    case rdm6300
    case zvt
    case gpio
}
