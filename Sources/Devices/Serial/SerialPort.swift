import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An opened, raw-configured serial tty.
///
/// A plain value: whoever reads it owns the descriptor and closes it (the read loop does), so
/// there is exactly one close per open. Nothing is ever written to the port: probe bytes can
/// reconfigure or trigger some scanners.
public struct SerialPort: Sendable {
    public let path: String
    public let descriptor: FileDescriptor

    /// Opens non-blocking so neither a missing carrier nor an idle scanner can hang the caller.
    public static func open(path: String, baud: Int) throws(DeviceError) -> SerialPort {
        guard let speed = SerialBaudRate.speed(for: baud) else {
            throw SerialBaudRate.unsupported(baud, device: path)
        }
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(
                FilePath(path), .readWrite,
                options: [FileDescriptor.OpenOptions(rawValue: O_NOCTTY), .nonBlocking, .closeOnExec]
            )
        } catch {
            throw openError(error, path: path)
        }
        try lockForThisHub(fd, path: path)
        do {
            try RawTerminalMode.apply(to: fd.rawValue, speed: speed, path: path)
        } catch {
            try? fd.close()
            throw error
        }
        // Exclusive: a second program opening the scanner (ModemManager probing, a terminal left
        // open by staff) would steal bytes from the hub. Ignored where unsupported.
        _ = ioctl(fd.rawValue, UInt(TIOCEXCL))
        return SerialPort(path: path, descriptor: fd)
    }

    /// The kernel lets a process with CAP_SYS_ADMIN open a tty another program holds
    /// exclusively, and the exclusive flag outlives a killed holder while anything else keeps
    /// the tty open, so TIOCEXCL cannot tell a second hubd from a restarted one. An advisory
    /// lock can: no capability passes it, and it dies with its process. Taken before anything
    /// is configured, so the holder's termios stay as they are.
    private static func lockForThisHub(_ fd: FileDescriptor, path: String) throws(DeviceError) {
        guard flock(fd.rawValue, LOCK_EX | LOCK_NB) != 0 else { return }
        let reason = errno
        try? fd.close()
        guard reason == EWOULDBLOCK else {
            throw DeviceError(.openFailed, "could not lock \(path) (\(String(cString: strerror(reason)))) — check the device and the path in the config")
        }
        throw DeviceError(.notReady, "\(path) is held by another program (another hubd has it locked) — stop that hubd or correct the path in the config; waiting")
    }

    private static func openError(_ error: any Error, path: String) -> DeviceError {
        guard let errno = error as? Errno else {
            return DeviceError(.openFailed, "could not open \(path): \(error)")
        }
        switch errno {
        case .noSuchFileOrDirectory:
            return DeviceError(.notFound, "waiting for \(path) — plug in the device or check the path in the config")
        case .permissionDenied, .notPermitted:
            return DeviceError(
                .permissionDenied,
                "no permission to open \(path) yet — udev may still be setting it up; if this stays, add the hub user to the dialout group"
            )
        case .resourceBusy:
            return DeviceError(.notReady, "\(path) is held by another program (opened exclusively) — close it, e.g. a terminal or ModemManager; waiting")
        case .ioError, .noSuchAddressOrDevice, .operationNotSupportedByDevice:
            return DeviceError(.notReady, "\(path) is present but not ready (\(errno)) — waiting; replug the device if this stays")
        default:
            return DeviceError(.openFailed, "could not open \(path) (\(errno)) — check the device and the path in the config")
        }
    }
}
