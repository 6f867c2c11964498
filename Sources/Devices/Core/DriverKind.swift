/// The kernel interface and wire format a device speaks.
public enum DriverKind: String, Sendable, Codable, CaseIterable {
    case evdev
    case serial
    case hid
    case rdm6300
    case zvt
    case gpio

    /// Drivers that read a device node and therefore need a `path`.
    public var needsPath: Bool {
        switch self {
        case .evdev, .serial, .rdm6300: true
        case .hid, .zvt, .gpio: false
        }
    }
}
