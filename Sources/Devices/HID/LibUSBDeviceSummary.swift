import CLibUSB

/// What libusb tells about a device without opening it: enough to match VID:PID and port.
struct LibUSBDeviceSummary: Sendable, Hashable {
    var path: HIDDevicePath
    var vendorID: UInt16
    var productID: UInt16
    var deviceClass: UInt8
    /// String descriptor index of the serial number; 0 when the device has none.
    var serialIndex: UInt8

    init(path: HIDDevicePath, vendorID: UInt16, productID: UInt16, deviceClass: UInt8 = 0, serialIndex: UInt8 = 0) {
        self.path = path
        self.vendorID = vendorID
        self.productID = productID
        self.deviceClass = deviceClass
        self.serialIndex = serialIndex
    }

    /// nil when the descriptor cannot be read; USB allows at most 7 tiers below the root.
    init?(device: OpaquePointer) {
        var descriptor = libusb_device_descriptor()
        guard libusb_get_device_descriptor(device, &descriptor) == LibUSB.success else { return nil }
        var ports = [UInt8](repeating: 0, count: 7)
        let depth = libusb_get_port_numbers(device, &ports, Int32(ports.count))
        guard depth >= 0 else { return nil }
        self.init(
            path: HIDDevicePath(bus: libusb_get_bus_number(device), ports: Array(ports.prefix(Int(depth)))),
            vendorID: descriptor.idVendor,
            productID: descriptor.idProduct,
            deviceClass: descriptor.bDeviceClass,
            serialIndex: descriptor.iSerialNumber
        )
    }

    var usbID: String {
        USBMatch.hex(vendorID) + ":" + USBMatch.hex(productID)
    }
}
