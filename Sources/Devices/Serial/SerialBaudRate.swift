#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a configured baud number to the kernel's `speed_t`, because termios takes symbolic
/// constants and silently misbehaves on arbitrary numbers.
public enum SerialBaudRate {
    public static let supported: [Int] = [
        1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600,
    ]

    public static func speed(for baud: Int) -> speed_t? {
        switch baud {
        case 1200: speed_t(B1200)
        case 2400: speed_t(B2400)
        case 4800: speed_t(B4800)
        case 9600: speed_t(B9600)
        case 19200: speed_t(B19200)
        case 38400: speed_t(B38400)
        case 57600: speed_t(B57600)
        case 115200: speed_t(B115200)
        case 230400: speed_t(B230400)
        case 460800: speed_t(B460800)
        case 921600: speed_t(B921600)
        default: nil
        }
    }

    static func unsupported(_ baud: Int, device: String) -> DeviceError {
        let list = supported.map(String.init).joined(separator: ", ")
        return DeviceError(
            .unsupportedBaud,
            "baud \(baud) for \(device) is not supported — use one of \(list) in the config"
        )
    }
}
