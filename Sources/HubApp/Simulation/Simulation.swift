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
    public let devices: [DeviceDescriptor]

    init(devices configured: [DeviceDescriptor], directory: String, logger: Logger) throws {
        var devices = configured.isEmpty ? Self.demoDevices : configured
        var virtual: [String: VirtualDevice] = [:]
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for index in devices.indices where devices[index].role != nil {
            guard let port = try VirtualPort.make(for: devices[index], directory: directory) else { continue }
            devices[index].path = port.path
            virtual[devices[index].name] = VirtualDevice(descriptor: devices[index], port: port)
            logger.notice("simulated device", metadata: ["device": "\(devices[index].name)", "path": "\(port.path)"])
        }
        self.devices = devices
        self.virtualDevices = virtual
    }

    static let demoDevices = [
        DeviceDescriptor(name: "intake-scanner", role: .intake, driver: .serial, terminator: .cr),
        DeviceDescriptor(name: "intake-wedge", role: .intake, driver: .evdev, layout: "us"),
        DeviceDescriptor(name: "pass-reader", role: .pass, driver: .rdm6300),
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
