import Logging

/// Finds the configured device among the attached ones and opens and claims its HID interface.
///
/// Runs on the driver's task: enumeration and opening are short kernel calls on descriptors the
/// kernel already holds, made twice a second while waiting, so they need no thread of their
/// own; only the blocking report reads do.
///
/// libusb learns of devices plugged in after its context started only through udev's events.
/// Where those do not come (no udevd, as in the device lab, or a udevd restarting), a device
/// that sysfs already shows would never be found, so the context is started again when sysfs
/// has a candidate that libusb's list lacks.
///
/// A class used by one driver task only: `open` replaces the context, and handles keep their
/// own context alive, so an open handle is never affected.
final class HIDDeviceOpener {
    private(set) var context: LibUSBContext
    let match: USBMatch
    let logger: Logger
    let sysfsRoot: String

    init(context: LibUSBContext, match: USBMatch, logger: Logger, sysfsRoot: String = "/sys") {
        self.context = context
        self.match = match
        self.logger = logger
        self.sysfsRoot = sysfsRoot
    }

    /// Returns the claimed handle, or throws: `.notFound` and `.permissionDenied` mean "wait and
    /// try again", anything else is a problem staff must fix.
    func open() throws(DeviceError) -> LibUSBHIDHandle {
        do {
            return try openListed()
        } catch where error.code == .notFound && sysfsShowsCandidate() {
            logger.debug("sysfs shows \(match.summary) but libusb's list does not; restarting libusb")
            context = try LibUSBContext()
            return try openListed()
        }
    }

    private func sysfsShowsCandidate() -> Bool {
        SysfsUSBReader(root: sysfsRoot, logger: logger).devices().contains { device in
            guard let vendorID = device.vendorID, let productID = device.productID else { return false }
            return match.mayMatch(vendorID: vendorID, productID: productID, portPath: device.portPath)
        }
    }

    private func openListed() throws(DeviceError) -> LibUSBHIDHandle {
        let outcome = try context.withDevices { entries in
            openFirst(of: entries.filter {
                match.mayMatch(vendorID: $0.summary.vendorID, productID: $0.summary.productID, portPath: $0.summary.path.sysfsName)
            })
        }
        return try outcome.get()
    }

    /// Tries each device with the configured VID:PID (and port) until one has the configured
    /// serial and can be claimed; the last failure explains why none could.
    private func openFirst(of candidates: [LibUSBDeviceEntry]) -> Result<LibUSBHIDHandle, DeviceError> {
        guard !candidates.isEmpty else {
            return .failure(DeviceError(.notFound, "no USB device \(match.summary) — plug the scanner in or check usb in the config"))
        }
        var lastFailure: DeviceError?
        for candidate in candidates {
            switch Result(catching: { () throws(DeviceError) in try claimIfWanted(candidate) }) {
            case .success(let handle?):
                if candidates.count > 1 && match.serial == nil {
                    logger.warning("\(candidates.count) USB devices match \(match.summary); using the one at port \(candidate.summary.path) — set usb.port or usb.serial in the config")
                }
                return .success(handle)
            case .success(nil):
                continue
            case .failure(let error):
                lastFailure = error
            }
        }
        return .failure(lastFailure ?? DeviceError(
            .notFound,
            "no USB device \(match.summary) — a device with this VID:PID is attached but its serial differs; check usb.serial in the config"
        ))
    }

    private func claimIfWanted(_ entry: LibUSBDeviceEntry) throws(DeviceError) -> LibUSBHIDHandle? {
        let handle = try LibUSBHIDHandle.open(entry, context: context, logger: logger)
        if let wanted = match.serial, handle.serialNumber() != wanted {
            handle.close()
            return nil
        }
        let interfaces: [HIDInterfaceSummary]
        do {
            interfaces = try LibUSBConfiguration.interfaces(of: entry.pointer)
        } catch {
            handle.close()
            throw error
        }
        guard let chosen = HIDInterfaceSummary.choose(from: interfaces) else {
            handle.close()
            throw DeviceError(
                .configureFailed,
                "USB device \(entry.summary.usbID) at port \(entry.summary.path) has no HID interface with an input endpoint — switch the scanner to HID POS or USB keyboard mode"
            )
        }
        do {
            try handle.claim(chosen)
        } catch {
            handle.close()
            throw error
        }
        return handle
    }
}
