import Devices
import Foundation
import Logging

/// `hubd --simulate`: every serial or RDM6300 device gets a pty and every evdev device a FIFO,
/// owned by the daemon, so a demo drives the real drivers through the kernel's interfaces.
/// With no devices configured it adds a serial and a keyboard-wedge intake scanner and a pass reader.
public final class Simulation: Sendable {
    public struct VirtualDevice: Sendable {
        public let descriptor: DeviceDescriptor
        let port: VirtualPort
    }

    public let virtualDevices: [String: VirtualDevice]
    /// Simulated card terminals by device name, each on a pty the ZVT driver opens.
    public let terminals: [String: ZVTTerminalSimulator]
    public let devices: [DeviceDescriptor]

    init(devices configured: [DeviceDescriptor], directory: String, logger: Logger) throws {
        var devices = configured.isEmpty ? Self.demoDevices : configured
        var virtual: [String: VirtualDevice] = [:]
        var terminals: [String: ZVTTerminalSimulator] = [:]
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for index in devices.indices where devices[index].role != nil {
            if devices[index].driver == .zvt {
                let terminal = try Self.startTerminal(for: &devices[index], logger: logger)
                terminals[devices[index].name] = terminal
                continue
            }
            guard let port = try VirtualPort.make(for: devices[index], directory: directory) else { continue }
            devices[index].path = port.path
            virtual[devices[index].name] = VirtualDevice(descriptor: devices[index], port: port)
            logger.notice("simulated device", metadata: ["device": "\(devices[index].name)", "path": "\(port.path)"])
        }
        self.devices = devices
        self.virtualDevices = virtual
        self.terminals = terminals
    }

    /// The terminal simulator speaks ZVT's serial framing on a pty; the device is pointed at it
    /// whatever the config said, so `--simulate` never reaches a real terminal.
    private static func startTerminal(for device: inout DeviceDescriptor, logger: Logger) throws -> ZVTTerminalSimulator {
        let terminal = try ZVTTerminalSimulator(transport: .pseudoTerminal, logger: logger)
        terminal.start()
        device.path = terminal.slavePath
        var settings = device.terminal ?? TerminalSettings()
        settings.host = nil
        settings.port = nil
        device.terminal = settings
        logger.notice("simulated card terminal", metadata: ["device": "\(device.name)", "path": "\(terminal.slavePath ?? "?")"])
        return terminal
    }

    static let demoDevices = [
        DeviceDescriptor(name: "intake-scanner", role: .intake, driver: .serial, terminator: .cr),
        DeviceDescriptor(name: "intake-wedge", role: .intake, driver: .evdev, layout: "us"),
        DeviceDescriptor(name: "pass-reader", role: .pass, driver: .rdm6300),
        DeviceDescriptor(name: "pin-terminal", role: .payment, driver: .zvt, terminal: TerminalSettings()),
    ]

    /// Writes a code as the device would send it: a line on a serial port, key events on evdev.
    func scan(device: String, code: String) throws -> (path: String, bytes: Int)? {
        guard let virtualDevice = virtualDevices[device] else { return nil }
        let bytes = try SimulatedInput.scan(code, for: virtualDevice.descriptor)
        try virtualDevice.port.write(bytes)
        return (virtualDevice.port.path, bytes.count)
    }

    /// Taps a card: `uid` is the card's UID in hex, as a PC/SC reader shows it.
    func tap(device: String, uid: String) throws -> (path: String, bytes: Int)? {
        guard let virtualDevice = virtualDevices[device] else { return nil }
        let bytes = try SimulatedInput.tap(uid, for: virtualDevice.descriptor)
        try virtualDevice.port.write(bytes)
        return (virtualDevice.port.path, bytes.count)
    }
}
