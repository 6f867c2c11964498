import CHubShims
import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An opened, grabbed evdev node (or the FIFO or file standing in for one).
///
/// A plain value: the read loop owns the descriptor and closes it, so there is one close per
/// open, and closing also releases the grab.
struct EvdevDevice: Sendable {
    enum Kind: Sendable {
        case inputDevice
        /// Opened read-write so the driver itself is always a writer: simulated scanners can
        /// come and go without the reader ever seeing end of file.
        case fifo
        /// A recorded event file: read once to its end.
        case regularFile
    }

    let path: String
    let descriptor: FileDescriptor
    let kind: Kind

    static func open(path: String, logger: Logger) throws(DeviceError) -> EvdevDevice {
        let kind = try kind(of: path)
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(
                FilePath(path), kind == .fifo ? .readWrite : .readOnly, options: [.nonBlocking, .closeOnExec]
            )
        } catch {
            throw openError(error, path: path)
        }
        do {
            try grab(fd, path: path, logger: logger)
        } catch {
            try? fd.close()
            throw error
        }
        return EvdevDevice(path: path, descriptor: fd, kind: kind)
    }

    private static func kind(of path: String) throws(DeviceError) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw openError(Errno(rawValue: errno), path: path)
        }
        switch info.st_mode & S_IFMT {
        case S_IFIFO: return .fifo
        case S_IFREG: return .regularFile
        default: return .inputDevice
        }
    }

    /// Grabbing keeps scans from also typing into the console; it is taken on every open
    /// because a reopened node starts ungrabbed. FIFOs and files cannot be grabbed.
    private static func grab(_ fd: FileDescriptor, path: String, logger: Logger) throws(DeviceError) {
        guard ioctl(fd.rawValue, UInt(HUB_EVIOCGRAB), CInt(1)) != 0 else {
            logger.debug("grabbed \(path)")
            return
        }
        let error = Errno(rawValue: errno)
        switch error {
        case .inappropriateIOCTLForDevice, .invalidArgument:
            logger.debug("\(path) is not an input device node (\(error)); reading it without a grab")
        case .resourceBusy:
            throw DeviceError(
                .configureFailed,
                "\(path) is grabbed by another process — stop whatever else reads this scanner (another hubd, a kiosk session) and it will be taken over"
            )
        default:
            logger.warning("could not grab \(path) (\(error)); scans may also type into the console")
        }
    }

    private static func openError(_ error: any Error, path: String) -> DeviceError {
        guard let errno = error as? Errno else {
            return DeviceError(.openFailed, "could not open \(path): \(error)")
        }
        switch errno {
        case .noSuchFileOrDirectory:
            return DeviceError(.notFound, "waiting for \(path) — plug in the scanner or check the path in the config")
        case .permissionDenied, .notPermitted:
            return DeviceError(
                .permissionDenied,
                "no permission to open \(path) yet — udev may still be setting it up; if this stays, add the hub user to the input group"
            )
        case .operationNotSupportedByDevice, .noSuchAddressOrDevice, .ioError:
            return DeviceError(.notReady, "\(path) is present but not ready (\(errno)) — waiting; replug the scanner if this stays")
        default:
            return DeviceError(.openFailed, "could not open \(path) (\(errno)) — check the device and the path in the config")
        }
    }
}
