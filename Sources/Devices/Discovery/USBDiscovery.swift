import Logging

/// Lists attached USB devices and says which configured device each one is, for
/// `kiosk devices` and for writing a config on a fresh hub.
///
/// sysfs is the main source (it needs no device permissions and names the nodes evdev and
/// serial entries use); libusb adds devices sysfs did not show and confirms the rest. Both
/// roots are injectable so fixture trees test it without hardware.
public struct USBDiscovery: Sendable {
    public let sysfsRoot: String
    public let devRoot: String
    public let useLibUSB: Bool
    let logger: Logger

    public init(sysfsRoot: String = "/sys", devRoot: String = "/", useLibUSB: Bool = true, logger: Logger) {
        self.sysfsRoot = sysfsRoot
        self.devRoot = devRoot
        self.useLibUSB = useLibUSB
        self.logger = logger
    }

    /// The attached devices in port order; never throws, since a missing libusb or sysfs only
    /// means fewer devices are seen.
    public func list() -> [USBDeviceInfo] {
        let fromSysfs = SysfsUSBReader(root: sysfsRoot, logger: logger).devices()
        guard useLibUSB else { return fromSysfs }
        switch Result(catching: { () throws(DeviceError) in try LibUSBContext().summaries() }) {
        case .success(let summaries):
            return Self.merge(fromSysfs, summaries)
        case .failure(let error):
            logger.info("USB discovery without libusb: \(error.message)")
            return fromSysfs
        }
    }

    /// For each attached device, the configured devices it is: `hid` entries by their usb
    /// match, evdev and serial entries by the node their (symlinked) path resolves to.
    public func match(_ devices: [USBDeviceInfo], to descriptors: [DeviceDescriptor]) -> [USBDeviceMatch] {
        let resolver = DeviceNodeResolver(devRoot: devRoot)
        let resolved = descriptors.map { descriptor in descriptor.path.map(resolver.resolve) }
        return devices.map { device in
            let names = zip(descriptors, resolved).filter { descriptor, node in
                Self.matches(device, descriptor, resolvedPath: node)
            }.map { descriptor, _ in descriptor.name }
            return USBDeviceMatch(device: device, configured: names)
        }
    }

    static func matches(_ device: USBDeviceInfo, _ descriptor: DeviceDescriptor, resolvedPath: String?) -> Bool {
        if descriptor.driver == .hid {
            guard let usb = descriptor.usb, let vendorID = device.vendorID, let productID = device.productID else { return false }
            return usb.matches(vendorID: vendorID, productID: productID, serial: device.serial, portPath: device.portPath)
        }
        guard let resolvedPath else { return false }
        return device.deviceNodes.contains(resolvedPath)
    }

    /// Adds libusb's view to sysfs's, joined by port path; a device only libusb sees is listed
    /// with what libusb knows without opening it.
    static func merge(_ sysfs: [USBDeviceInfo], _ libusb: [LibUSBDeviceSummary]) -> [USBDeviceInfo] {
        var merged = sysfs
        for summary in libusb where !summary.path.ports.isEmpty {
            let port = summary.path.sysfsName
            if let index = merged.firstIndex(where: { $0.portPath == port }) {
                merged[index].sources.append("libusb")
                continue
            }
            merged.append(USBDeviceInfo(
                vid: USBMatch.hex(summary.vendorID), pid: USBMatch.hex(summary.productID),
                busNumber: Int(summary.path.bus), portPath: port, sources: ["libusb"]
            ))
        }
        return merged
    }
}
