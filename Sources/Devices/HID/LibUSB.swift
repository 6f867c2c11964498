import CLibUSB

/// libusb's return codes, named for messages and compared in one place, so every call site
/// checks its result the same way and staff see `LIBUSB_ERROR_ACCESS`, not "-3".
enum LibUSB {
    static let success: Int32 = 0
    static let timeout = LIBUSB_ERROR_TIMEOUT.rawValue
    static let interrupted = LIBUSB_ERROR_INTERRUPTED.rawValue
    static let overflow = LIBUSB_ERROR_OVERFLOW.rawValue
    static let noDevice = LIBUSB_ERROR_NO_DEVICE.rawValue
    static let notFound = LIBUSB_ERROR_NOT_FOUND.rawValue
    static let access = LIBUSB_ERROR_ACCESS.rawValue
    static let busy = LIBUSB_ERROR_BUSY.rawValue
    static let io = LIBUSB_ERROR_IO.rawValue
    static let pipe = LIBUSB_ERROR_PIPE.rawValue
    static let notSupported = LIBUSB_ERROR_NOT_SUPPORTED.rawValue

    /// USB class code of HID interfaces (USB HID 1.11, section 4.1).
    static let hidClass: UInt8 = 3
    /// bmAttributes transfer type bits of an interrupt endpoint.
    static let interruptTransfer: UInt8 = 3
    /// bEndpointAddress direction bit: device to host.
    static let endpointIn: UInt8 = 0x80

    static func errorName(_ code: Int32) -> String {
        guard let name = libusb_error_name(code) else { return "libusb error \(code)" }
        return String(cString: name)
    }
}
