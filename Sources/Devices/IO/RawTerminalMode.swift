#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw termios for scanners: the line discipline must not translate CR to LF, echo, or wait for
/// a canonical line, or codes arrive altered and late.
enum RawTerminalMode {
    static func apply(to fd: CInt, speed: speed_t?, path: String) throws(DeviceError) {
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else {
            throw failure("read terminal settings of", path)
        }
        cfmakeraw(&settings)
        settings.c_cflag |= tcflag_t(CLOCAL | CREAD)
        withUnsafeMutableBytes(of: &settings.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        if let speed, cfsetspeed(&settings, speed) != 0 {
            throw failure("set the baud rate of", path)
        }
        guard tcsetattr(fd, TCSANOW, &settings) == 0 else {
            throw failure("apply raw mode to", path)
        }
    }

    private static func failure(_ action: String, _ path: String) -> DeviceError {
        let reason = String(cString: strerror(errno))
        return DeviceError(
            .configureFailed,
            "could not \(action) \(path) (\(reason)) — check that the path is a serial device, not a plain file"
        )
    }
}
