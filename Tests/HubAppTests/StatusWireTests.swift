import Devices
import Foundation
import HubAPI
@testable import HubApp
import Testing

struct StatusWireTests {
    @Test func statusNamesEachDevicesRoleAndDriver() throws {
        let status = HubApp.HubStatus(
            hub: "buurhub", version: "1", pid: 42, startedAt: fixedTime, configSource: "embedded default", database: "/tmp/hub.sqlite",
            synchronous: 2, staff: nil,
            devices: [.init(name: "intake", role: .intake, driver: .evdev, path: "/dev/input/event3", state: "ready", reason: nil, since: nil, simulated: true)],
            parcelsToday: 3, unassigned: 1, overdue: 0
        )
        let wire = try throughWire(status)
        #expect(wire.devices.first?.role == .intake)
        #expect(wire.devices.first?.driver == .evdev)
        #expect(wire.parcelsToday == 3)
        #expect(wire.stock == nil)
    }

    @Test func usbMatchKeepsTheDeviceAndShape() throws {
        let match = Devices.USBDeviceMatch(
            device: Devices.USBDeviceInfo(vid: "05e0", pid: "1200", product: "Scanner", portPath: "1-1.2"), configured: ["intake"]
        )
        let wire = try throughWire(match)
        #expect(wire.device.vid == "05e0")
        #expect(wire.configured == ["intake"])
        let json = try jsonPair(match)
        #expect(json.domain == json.wire)
    }
}
