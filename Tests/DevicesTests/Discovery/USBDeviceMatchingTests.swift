@testable import Devices
import Logging
import Testing

@Suite struct USBDeviceMatchingTests {
    private let descriptors = [
        DeviceDescriptor(name: "intake-left", role: .intake, driver: .hid, usb: USBMatch(vendorID: 0x0C2E, productID: 0x0B61, port: "1-1.2")),
        DeviceDescriptor(name: "intake-right", role: .intake, driver: .hid, usb: USBMatch(vendorID: 0x0C2E, productID: 0x0B61, port: "1-1.3")),
        DeviceDescriptor(name: "stock", role: .stock, driver: .hid, usb: USBMatch(vendorID: 0x0C2E, productID: 0x0B61)),
        DeviceDescriptor(name: "pass", role: .pass, driver: .serial, path: "/dev/serial/by-id/usb-Datalogic_Gryphon_S_N_1234-if00"),
        DeviceDescriptor(name: "cdc-by-serial", role: .stock, driver: .hid, usb: USBMatch(vendorID: 0x05F9, productID: 0x4204, serial: "S/N 1234")),
        DeviceDescriptor(name: "cdc-wrong-serial", role: .stock, driver: .hid, usb: USBMatch(vendorID: 0x05F9, productID: 0x4204, serial: "S/N 9999")),
        DeviceDescriptor(name: "wedge", role: .intake, driver: .evdev, path: "/dev/input/by-id/usb-Symbol_Bar_Code_Scanner-event-kbd"),
        DeviceDescriptor(name: "ghost", role: .intake, driver: .evdev, path: "/dev/input/by-id/usb-Gone-event-kbd"),
        DeviceDescriptor(name: "adapter", role: .pass, driver: .rdm6300, path: "/dev/ttyUSB0"),
        DeviceDescriptor(name: "hid-without-match", role: .intake, driver: .hid),
    ]

    private func matches() throws -> [String: [String]] {
        let fixture = try SysfsFixture.hub()
        defer { fixture.remove() }
        let discovery = USBDiscovery(sysfsRoot: fixture.sysfsRoot, devRoot: fixture.devRoot, useLibUSB: false, logger: Logger(label: "test"))
        let results = discovery.match(discovery.list(), to: descriptors)
        return Dictionary(uniqueKeysWithValues: results.map { ($0.device.portPath, $0.configured) })
    }

    @Test func identicalScannersAreToldApartByPort() throws {
        let found = try matches()
        #expect(found["1-1.2"] == ["intake-left", "stock"])
        #expect(found["1-1.3"] == ["intake-right", "stock"])
    }

    @Test func byIDSymlinksResolveToTheDeviceNodes() throws {
        let found = try matches()
        #expect(found["1-1.4"] == ["pass", "cdc-by-serial"])
        #expect(found["1-1.1.2"] == ["wedge"])
        #expect(found["1-1.5"] == ["adapter"])
    }

    @Test func hubsMatchNothing() throws {
        let found = try matches()
        #expect(found["1-1"] == [])
        #expect(found["1-1.1"] == [])
    }

    @Test func resolverKeepsMissingPathsAndStripsTheRoot() throws {
        let fixture = try SysfsFixture.hub()
        defer { fixture.remove() }
        let resolver = DeviceNodeResolver(devRoot: fixture.devRoot)
        #expect(resolver.resolve("/dev/input/by-id/usb-Symbol_Bar_Code_Scanner-event-kbd") == "/dev/input/event3")
        #expect(resolver.resolve("/dev/serial/by-id/usb-Datalogic_Gryphon_S_N_1234-if00") == "/dev/ttyACM0")
        #expect(resolver.resolve("/dev/input/by-id/missing") == "/dev/input/by-id/missing")
        #expect(resolver.resolve("relative") == "relative")
    }
}
