/// Turns a libusb result into the `DeviceError` staff see, with the advice that fits it: the
/// codes the driver waits on (`notFound`, `permissionDenied`) are retried, the rest are shown.
enum LibUSBFailure {
    static func error(_ result: Int32, action: String, device: LibUSBDeviceSummary) -> DeviceError {
        let name = LibUSB.errorName(result)
        let what = "USB device \(device.usbID) at port \(device.path)"
        switch result {
        case LibUSB.access:
            return DeviceError(
                .permissionDenied,
                "permission denied to \(action) \(what) (\(name)) — install the hub's udev rule giving its user access to this VID:PID, then replug; retrying"
            )
        case LibUSB.noDevice, LibUSB.notFound:
            return DeviceError(.notFound, "\(what) went away while trying to \(action) it (\(name))")
        case LibUSB.busy:
            return DeviceError(
                .openFailed,
                "\(what) is in use by another program or another configured device (\(name)) — stop the other user or remove the duplicate entry"
            )
        default:
            return DeviceError(.openFailed, "could not \(action) \(what) (\(name))")
        }
    }
}
