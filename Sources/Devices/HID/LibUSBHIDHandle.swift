import CLibUSB
import Logging

/// An opened USB device with its HID interface claimed from the kernel.
///
/// The kernel's usbhid driver is detached only for the interface the hub reads and attached
/// again on `close`, so after the hub stops the scanner types into the console as before.
///
/// `@unchecked Sendable`: the handle is opened on the driver's task and then handed to exactly
/// one reader thread, which alone calls `read` and `close`; the driver never touches it after
/// the handoff, so the mutable flags and the libusb handle are never used concurrently.
final class LibUSBHIDHandle: @unchecked Sendable {
    let context: LibUSBContext
    let pointer: OpaquePointer
    let summary: LibUSBDeviceSummary
    let logger: Logger
    private(set) var interface: HIDInterfaceSummary?
    private var claimed = false
    private var detached = false
    private var closed = false

    private init(context: LibUSBContext, pointer: OpaquePointer, summary: LibUSBDeviceSummary, logger: Logger) {
        self.context = context
        self.pointer = pointer
        self.summary = summary
        self.logger = logger
    }

    deinit {
        close()
    }

    /// Opens the device; the caller claims an interface with `claim(_:)` or closes it.
    static func open(_ entry: LibUSBDeviceEntry, context: LibUSBContext, logger: Logger) throws(DeviceError) -> LibUSBHIDHandle {
        var handle: OpaquePointer?
        let result = libusb_open(entry.pointer, &handle)
        guard result == LibUSB.success, let handle else {
            throw LibUSBFailure.error(result, action: "open", device: entry.summary)
        }
        return LibUSBHIDHandle(context: context, pointer: handle, summary: entry.summary, logger: logger)
    }

    /// The serial number string, or nil when the device has none or it cannot be read.
    func serialNumber() -> String? {
        guard summary.serialIndex != 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = libusb_get_string_descriptor_ascii(pointer, summary.serialIndex, &buffer, Int32(buffer.count))
        guard count >= 0 else {
            logger.debug("could not read serial number: \(LibUSB.errorName(count))")
            return nil
        }
        return String(decoding: buffer.prefix(Int(count)), as: UTF8.self)
    }

    /// Detaches the kernel driver if one is bound (not supported → nothing to detach) and
    /// claims the interface, so the hub alone receives its reports.
    func claim(_ chosen: HIDInterfaceSummary) throws(DeviceError) {
        let number = Int32(chosen.number)
        let active = libusb_kernel_driver_active(pointer, number)
        if active == 1 {
            let result = libusb_detach_kernel_driver(pointer, number)
            guard result == LibUSB.success || result == LibUSB.notFound else {
                throw LibUSBFailure.error(result, action: "detach the kernel driver from", device: summary)
            }
            detached = result == LibUSB.success
        } else if active < 0 && active != LibUSB.notSupported {
            throw LibUSBFailure.error(active, action: "query the kernel driver of", device: summary)
        }
        let result = libusb_claim_interface(pointer, number)
        guard result == LibUSB.success else {
            throw LibUSBFailure.error(result, action: "claim interface \(chosen.number) of", device: summary)
        }
        claimed = true
        interface = chosen
    }

    /// One interrupt IN transfer; returns libusb's result and the bytes received.
    func read(into buffer: inout [UInt8], endpoint: UInt8, timeoutMilliseconds: UInt32) -> (result: Int32, count: Int) {
        var transferred: Int32 = 0
        let capacity = Int32(buffer.count)
        let result = libusb_interrupt_transfer(pointer, endpoint, &buffer, capacity, &transferred, timeoutMilliseconds)
        return (result, Int(max(0, min(transferred, capacity))))
    }

    /// Releases the interface, gives it back to the kernel driver and closes; safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        if claimed, let interface {
            let result = libusb_release_interface(pointer, Int32(interface.number))
            if result != LibUSB.success && result != LibUSB.noDevice {
                logger.warning("could not release USB interface: \(LibUSB.errorName(result))")
            }
        }
        if detached, let interface {
            let result = libusb_attach_kernel_driver(pointer, Int32(interface.number))
            if result != LibUSB.success && result != LibUSB.noDevice {
                logger.warning("could not give the USB interface back to the kernel: \(LibUSB.errorName(result))")
            }
        }
        libusb_close(pointer)
    }
}
