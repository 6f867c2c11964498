import Devices
import Logging

/// `hubd --simulate`: every serial device is backed by a pty the daemon owns, so a demo
/// drives the real serial driver through the kernel's tty layer.
public final class Simulation: Sendable {
    public struct VirtualDevice: Sendable {
        public let descriptor: DeviceDescriptor
        let terminal: PseudoTerminal
    }

    public static let defaultIntakeScanner = "intake-scanner"

    public let virtualDevices: [String: VirtualDevice]
    public let devices: [DeviceDescriptor]

    init(devices configured: [DeviceDescriptor], logger: Logger) throws {
        var devices = configured
        if !devices.contains(where: { $0.role == .intake }) {
            devices.append(DeviceDescriptor(name: Self.defaultIntakeScanner, role: .intake, driver: .serial, terminator: .cr))
        }
        var virtual: [String: VirtualDevice] = [:]
        for index in devices.indices where devices[index].driver == .serial && devices[index].role != nil {
            let terminal = try PseudoTerminal()
            devices[index].path = terminal.slavePath
            virtual[devices[index].name] = VirtualDevice(descriptor: devices[index], terminal: terminal)
            logger.notice("simulated device", metadata: ["device": "\(devices[index].name)", "path": "\(terminal.slavePath)"])
        }
        self.devices = devices
        self.virtualDevices = virtual
    }

    /// Writes a code and the device's terminator into the pty, as a scanner would.
    func scan(device: String, code: String) throws -> (path: String, bytes: Int)? {
        guard let virtualDevice = virtualDevices[device] else { return nil }
        let bytes = Array(code.utf8) + virtualDevice.descriptor.terminator.bytes
        try virtualDevice.terminal.write(bytes)
        return (virtualDevice.terminal.slavePath, bytes.count)
    }
}
