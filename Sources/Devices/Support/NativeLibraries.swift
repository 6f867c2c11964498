import CGPIOD
import CLibUSB

/// Versions of the C libraries the drivers bind to, for `kiosk status` and bug reports.
public enum NativeLibraries {
    public static var libusbVersion: String {
        guard let version = libusb_get_version()?.pointee else { return "unknown" }
        return "\(version.major).\(version.minor).\(version.micro)"
    }

    public static var libgpiodVersion: String {
        guard let text = gpiod_version_string() else { return "unknown" }
        return String(cString: text)
    }
}
