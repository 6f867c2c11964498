@testable import Devices
import Foundation
import Logging
import Testing

@Suite struct USBDiscoveryTests {
    private func list(_ fixture: SysfsFixture, libusb: Bool = false) -> [USBDeviceInfo] {
        USBDiscovery(sysfsRoot: fixture.sysfsRoot, devRoot: fixture.devRoot, useLibUSB: libusb, logger: Logger(label: "test")).list()
    }

    @Test func listsDevicesInPortOrderAndSkipsWhatIsNoDevice() throws {
        let fixture = try SysfsFixture.hub()
        defer { fixture.remove() }
        let ports = list(fixture).map(\.portPath)
        #expect(ports == ["1-1", "1-1.1", "1-1.1.2", "1-1.2", "1-1.3", "1-1.4", "1-1.5"])
    }

    @Test func identicalScannersDifferOnlyByPort() throws {
        let fixture = try SysfsFixture.hub()
        defer { fixture.remove() }
        let scanners = list(fixture).filter { $0.vid == "0c2e" }
        #expect(scanners.count == 2)
        #expect(scanners.map(\.portPath) == ["1-1.2", "1-1.3"])
        #expect(scanners.allSatisfy { $0.serial == nil && $0.pid == "0b61" && $0.interfaceClass == 3 })
        #expect(scanners.map(\.deviceNodes) == [["/dev/hidraw0"], ["/dev/hidraw1"]])
        #expect(scanners.first?.product == "Voyager 1450g")
        #expect(scanners.first?.busNumber == 1)
    }

    @Test func serialAndWedgeScannersShowTheirNodes() throws {
        let fixture = try SysfsFixture.hub()
        defer { fixture.remove() }
        let devices = list(fixture)
        let cdc = try #require(devices.first { $0.portPath == "1-1.4" })
        #expect(cdc.serial == "S/N 1234")
        #expect(cdc.interfaceClass == 2)
        #expect(cdc.deviceNodes == ["/dev/ttyACM0"])
        let wedge = try #require(devices.first { $0.portPath == "1-1.1.2" })
        #expect(wedge.deviceNodes == ["/dev/hidraw2", "/dev/input/event3"])
        #expect(wedge.manufacturer == "Symbol")
        let hub = try #require(devices.first { $0.portPath == "1-1" })
        #expect(hub.interfaceClass == 9)
        #expect(hub.deviceNodes.isEmpty)
    }

    @Test func unreadableAttributesAreLeftEmpty() throws {
        let fixture = try SysfsFixture.hub()
        defer { fixture.remove() }
        let adapter = try #require(list(fixture).first { $0.portPath == "1-1.5" })
        #expect(adapter.serial == nil)
        #expect(adapter.manufacturer == nil)
        #expect(adapter.vid == "1a86")
        #expect(adapter.interfaceClass == 0xFF)
        #expect(adapter.deviceNodes == ["/dev/ttyUSB0"])
    }

    @Test func missingSysfsGivesNoDevices() {
        let discovery = USBDiscovery(sysfsRoot: "/nonexistent-\(UUID().uuidString)", useLibUSB: false, logger: Logger(label: "test"))
        #expect(discovery.list().isEmpty)
    }

    @Test func encodesWithHexIDs() throws {
        let info = USBDeviceInfo(vid: "0c2e", pid: "0b61", portPath: "1-1.3", interfaceClass: 3, deviceNodes: ["/dev/hidraw1"], sources: ["sysfs"])
        let json = try #require(String(data: JSONEncoder().encode(info), encoding: .utf8))
        #expect(json.contains("\"vid\":\"0c2e\""))
        #expect(json.contains("\"portPath\":\"1-1.3\""))
        #expect(try JSONDecoder().decode(USBDeviceInfo.self, from: Data(json.utf8)) == info)
    }

    @Test func libusbIsAskedToo() throws {
        let fixture = try SysfsFixture.hub()
        defer { fixture.remove() }
        let withLibUSB = list(fixture, libusb: true)
        let sysfsOnly = list(fixture)
        #expect(withLibUSB.count >= sysfsOnly.count)
        #expect(Array(withLibUSB.prefix(sysfsOnly.count)).map(\.portPath) == sysfsOnly.map(\.portPath))
    }

    @Test func mergeJoinsByPortAndAddsWhatOnlyLibUSBSees() {
        let sysfs = [USBDeviceInfo(vid: "0c2e", pid: "0b61", portPath: "1-1.3", sources: ["sysfs"])]
        let libusb = [
            LibUSBDeviceSummary(path: HIDDevicePath(bus: 1, ports: [1, 3]), vendorID: 0x0C2E, productID: 0x0B61),
            LibUSBDeviceSummary(path: HIDDevicePath(bus: 2, ports: [4]), vendorID: 0x05F9, productID: 0x4204),
            LibUSBDeviceSummary(path: HIDDevicePath(bus: 1, ports: []), vendorID: 0x1D6B, productID: 0x0002),
        ]
        let merged = USBDiscovery.merge(sysfs, libusb)
        #expect(merged.count == 2)
        #expect(merged[0].sources == ["sysfs", "libusb"])
        #expect(merged[1] == USBDeviceInfo(vid: "05f9", pid: "4204", busNumber: 2, portPath: "2-4", sources: ["libusb"]))
    }
}
