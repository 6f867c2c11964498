/// A device from libusb's list; `pointer` is valid only inside `LibUSBContext.withDevices`.
struct LibUSBDeviceEntry {
    let pointer: OpaquePointer
    let summary: LibUSBDeviceSummary
}
