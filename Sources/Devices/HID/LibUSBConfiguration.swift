import CLibUSB

/// Reads the interfaces of a device's active configuration from libusb's descriptor structs.
enum LibUSBConfiguration {
    static func interfaces(of device: OpaquePointer) throws(DeviceError) -> [HIDInterfaceSummary] {
        var config: UnsafeMutablePointer<libusb_config_descriptor>?
        let result = libusb_get_active_config_descriptor(device, &config)
        guard result == LibUSB.success, let config else {
            throw DeviceError(
                result == LibUSB.noDevice ? .notFound : .notReady,
                "could not read the USB configuration (\(LibUSB.errorName(result)))"
            )
        }
        defer { libusb_free_config_descriptor(config) }
        var found: [HIDInterfaceSummary] = []
        for index in 0..<Int(config.pointee.bNumInterfaces) {
            let interface = config.pointee.interface[index]
            guard interface.num_altsetting > 0, let setting = interface.altsetting?.pointee else { continue }
            found.append(summary(of: setting))
        }
        return found
    }

    private static func summary(of setting: libusb_interface_descriptor) -> HIDInterfaceSummary {
        var inEndpoint: UInt8?
        var maxPacketSize = 64
        for index in 0..<Int(setting.bNumEndpoints) {
            guard let endpoint = setting.endpoint?[index] else { continue }
            let isIn = endpoint.bEndpointAddress & LibUSB.endpointIn != 0
            let isInterrupt = endpoint.bmAttributes & 0x03 == LibUSB.interruptTransfer
            if isIn && isInterrupt && inEndpoint == nil {
                inEndpoint = endpoint.bEndpointAddress
                maxPacketSize = max(8, Int(endpoint.wMaxPacketSize & 0x07FF))
            }
        }
        return HIDInterfaceSummary(
            number: setting.bInterfaceNumber,
            interfaceClass: setting.bInterfaceClass,
            subclass: setting.bInterfaceSubClass,
            interfaceProtocol: setting.bInterfaceProtocol,
            inEndpoint: inEndpoint,
            maxPacketSize: maxPacketSize
        )
    }
}
