import CLibUSB
import Logging

/// One libusb context per driver or discovery run, so drivers never share libusb state and
/// `libusb_exit` runs exactly once, after the last handle using the context is closed (every
/// `LibUSBHIDHandle` keeps its context alive).
///
/// `@unchecked Sendable`: libusb documents contexts as thread-safe, the pointer never changes
/// after `init`, and it is freed only in `deinit`, when no thread can still hold the object.
final class LibUSBContext: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Uses `libusb_init`: Debian 12 ships libusb 1.0.26, before `libusb_init_context`.
    init() throws(DeviceError) {
        var context: OpaquePointer?
        let result = libusb_init(&context)
        guard result == LibUSB.success, let context else {
            throw DeviceError(.notReady, "libusb could not start (\(LibUSB.errorName(result))) — is libusb-1.0 installed?")
        }
        pointer = context
        _ = hub_libusb_set_log_level(context, Int32(LIBUSB_LOG_LEVEL_WARNING.rawValue))
    }

    deinit {
        libusb_exit(pointer)
    }

    /// Runs `body` over the attached devices while libusb's list (and so every device pointer in
    /// it) is alive; an empty list is normal where there is no `/dev/bus/usb`.
    func withDevices<T>(_ body: ([LibUSBDeviceEntry]) -> T) throws(DeviceError) -> T {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let count = libusb_get_device_list(pointer, &list)
        guard count >= 0, let list else {
            throw DeviceError(.notReady, "could not list USB devices (\(LibUSB.errorName(Int32(truncatingIfNeeded: count))))")
        }
        defer { libusb_free_device_list(list, 1) }
        var entries: [LibUSBDeviceEntry] = []
        for index in 0..<count {
            guard let device = list[index], let summary = LibUSBDeviceSummary(device: device) else { continue }
            entries.append(LibUSBDeviceEntry(pointer: device, summary: summary))
        }
        return body(entries)
    }

    /// The attached devices as plain values, for discovery.
    func summaries() throws(DeviceError) -> [LibUSBDeviceSummary] {
        try withDevices { $0.map(\.summary) }
    }
}
