extension SysfsFixture {
    /// The hub of the tests: two identical HID POS scanners without serial on ports 1-1.2 and
    /// 1-1.3, a CDC-ACM scanner with serial, a keyboard-wedge scanner behind a second hub, the
    /// hubs themselves, a device with unreadable attributes and one without IDs.
    static func hub() throws -> SysfsFixture {
        let fixture = try SysfsFixture()
        try fixture.device("1-1", ["idVendor": "05e3", "idProduct": "0608", "product": "USB2.0 Hub", "busnum": "1"])
        try fixture.interface("1-1", "1.0", class: "09")
        try fixture.device("1-1.1", ["idVendor": "05e3", "idProduct": "0608", "product": "USB2.0 Hub", "busnum": "1"])
        try fixture.interface("1-1.1", "1.0", class: "09")
        for (port, hid) in [("1-1.2", "0003:0C2E:0B61.0001/hidraw/hidraw0"), ("1-1.3", "0003:0C2E:0B61.0002/hidraw/hidraw1")] {
            try fixture.device(port, ["idVendor": "0c2e", "idProduct": "0b61", "manufacturer": "Honeywell", "product": "Voyager 1450g", "busnum": "1"])
            try fixture.interface(port, "1.0", class: "03", nodes: [hid])
        }
        try fixture.device("1-1.4", ["idVendor": "05f9", "idProduct": "4204", "manufacturer": "Datalogic", "product": "Gryphon GD4500", "serial": "S/N 1234", "busnum": "1"])
        try fixture.interface("1-1.4", "1.0", class: "02", nodes: ["tty/ttyACM0"])
        try fixture.interface("1-1.4", "1.1", class: "0a")
        try fixture.device("1-1.1.2", ["idVendor": "05e0", "idProduct": "1200", "manufacturer": "Symbol", "product": "Bar Code Scanner", "busnum": "1"])
        try fixture.interface("1-1.1.2", "1.0", class: "03", nodes: ["0003:05E0:1200.0003/input/input7/event3", "0003:05E0:1200.0003/hidraw/hidraw2"])
        try fixture.device("1-1.5", ["idVendor": "1a86", "idProduct": "7523", "busnum": "1"])
        try fixture.unreadable("1-1.5", "serial")
        try fixture.interface("1-1.5", "1.0", class: "ff", nodes: ["ttyUSB0"])
        try fixture.device("1-1.6", ["product": "half gone"])
        try fixture.device("usb1", ["idVendor": "1d6b", "idProduct": "0002"])
        try fixture.link("1-1.2:1.0", to: "1-1.2/1-1.2:1.0")
        try fixture.devNode("/dev/input/event3")
        try fixture.devLink("/dev/input/by-id/usb-Symbol_Bar_Code_Scanner-event-kbd", to: "../event3")
        try fixture.devNode("/dev/ttyACM0")
        try fixture.devLink("/dev/serial/by-id/usb-Datalogic_Gryphon_S_N_1234-if00", to: "../../ttyACM0")
        return fixture
    }
}
