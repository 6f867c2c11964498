import HubAPI
import Devices

extension Devices.USBDeviceMatch: WireRepresentable {
    var wire: HubAPI.USBDeviceMatch {
        HubAPI.USBDeviceMatch(device: device.wire, configured: configured)
    }
}

extension Devices.USBDeviceInfo: WireRepresentable {
    var wire: HubAPI.USBDeviceInfo {
        HubAPI.USBDeviceInfo(
            vid: vid, pid: pid, manufacturer: manufacturer, product: product, serial: serial, busNumber: busNumber, portPath: portPath,
            interfaceClass: interfaceClass, deviceNodes: deviceNodes, sources: sources
        )
    }
}

extension Devices.DeviceRole: WireRepresentable {
    var wire: HubAPI.DeviceRole {
        switch self {
        case .intake: .intake
        case .pass: .pass
        case .stock: .stock
        case .payment: .payment
        case .feedback: .feedback
        case .buttons: .buttons
        }
    }
}

extension Devices.DriverKind: WireRepresentable {
    var wire: HubAPI.DriverKind {
        switch self {
        case .evdev: .evdev
        case .serial: .serial
        case .hid: .hid
        case .rdm6300: .rdm6300
        case .zvt: .zvt
        case .gpio: .gpio
        }
    }
}
