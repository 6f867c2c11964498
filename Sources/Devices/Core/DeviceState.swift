/// What `kiosk status` shows for a device.
public enum DeviceState: Sendable, Equatable, Codable {
    case waiting(String)
    case connected
    case disconnected(String)
    case error(String)
    /// The hardware is not there at all (no gpiochip on this machine); everything else runs.
    case unavailable(String)
    case unused

    public var label: String {
        switch self {
        case .waiting: "waiting"
        case .connected: "connected"
        case .disconnected: "disconnected"
        case .error: "error"
        case .unavailable: "unavailable"
        case .unused: "unused"
        }
    }

    public var reason: String? {
        switch self {
        case .waiting(let r), .disconnected(let r), .error(let r), .unavailable(let r): r
        case .connected, .unused: nil
        }
    }
}
