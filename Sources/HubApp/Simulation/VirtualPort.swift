import Devices

/// The kernel object behind a simulated device.
enum VirtualPort: Sendable {
    case pty(PseudoTerminal)
    case fifo(FIFOWriter)

    static func make(for descriptor: DeviceDescriptor, directory: String) throws -> VirtualPort? {
        switch descriptor.driver {
        case .serial, .rdm6300: .pty(try PseudoTerminal())
        case .evdev: .fifo(try FIFOWriter(path: "\(directory)/\(descriptor.name).evdev"))
        case .hid, .zvt, .gpio: nil
        }
    }

    var path: String {
        switch self {
        case .pty(let terminal): terminal.slavePath
        case .fifo(let fifo): fifo.path
        }
    }

    func write(_ bytes: [UInt8]) throws {
        switch self {
        case .pty(let terminal): try terminal.write(bytes)
        case .fifo(let fifo): try fifo.write(bytes)
        }
    }
}
