import Devices
import Inventory
import Testing
@testable import HubConfig

@Suite struct ValidConfigTests {
    static let full = """
        # Colmschate hub
        [hub]
        name = "Colmschate"
        data_dir = "/var/lib/hubd/"
        language = "en"
        cold_chain_hours = 2.5

        [[devices]]
        name = "intake-scanner"
        role = "intake"
        driver = "evdev"
        path = "/dev/input/by-id/usb-Honeywell-event-kbd"
        layout = "us"
        max_code_length = 64

        [[devices]]
        name = "stock-scanner"
        role = "stock"
        driver = "serial"
        path = "/dev/ttyUSB0"
        baud = 115200
        terminator = "CRLF"
        max_codes_per_second = 5

        [[devices]]
        name = "pass-reader"
        role = "pass"
        driver = "rdm6300"
        path = "/dev/ttyAMA0"
        uid_format = "decimal-le"
        suffix_timeout_ms = 50

        [[devices]]
        name = "pin"
        role = "payment"
        driver = "zvt"
        address = "127.0.0.1:20007"
        password = "000000"

        [[devices]]
        name = "panel"
        role = "buttons"
        driver = "gpio"
        chip = "gpiochip0"
        led_green = 17
        led_red = 27
        buzzer = 22
        buttons = [5, 6,
                   13]
        debounce_ms = 30

        [[devices]]
        name = "spare"
        driver = "hid"
        vid = "0c2e"
        pid = "0b61"
        serial = "ABC"
        port = "1-1.2"

        [[suppliers]]
        id = "vegro"
        name = "Vegro"
        patterns = [
            "^]C1.*",
            "^VG[0-9]{8}$",
        ]
        cold_chain = false

        [[suppliers]]
        id = "apotheek"
        name = "Apotheek De Linde"
        patterns = ['^APO-[0-9]{6}$']
        medication = true
        """

    @Test func mapsHubSettings() throws {
        let configuration = try ConfigLoader.parse(text: Self.full, file: "hubd.toml")
        #expect(configuration.hub == HubSettings(
            name: "Colmschate",
            dataDirectory: "/var/lib/hubd/",
            socketPath: "/var/lib/hubd/hubd.sock",
            language: "en",
            coldChainHours: 2.5
        ))
        #expect(configuration.sourcePath == "hubd.toml")
    }

    @Test func mapsDevicesWithDefaultsFilledIn() throws {
        let devices = try ConfigLoader.parse(text: Self.full, file: "hubd.toml").devices
        #expect(devices == [
            DeviceDescriptor(name: "intake-scanner", role: .intake, driver: .evdev,
                             path: "/dev/input/by-id/usb-Honeywell-event-kbd", layout: "us", maxCodeLength: 64),
            DeviceDescriptor(name: "stock-scanner", role: .stock, driver: .serial, path: "/dev/ttyUSB0",
                             baud: 115200, terminator: .crlf, maxCodesPerSecond: 5, repeatWindow: .zero),
            DeviceDescriptor(name: "pass-reader", role: .pass, driver: .rdm6300, path: "/dev/ttyAMA0",
                             suffixTimeout: .milliseconds(50), uidFormat: .decimalLE),
            DeviceDescriptor(name: "pin", role: .payment, driver: .zvt, terminal: TerminalSettings(host: "127.0.0.1", port: 20007)),
            DeviceDescriptor(name: "panel", role: .buttons, driver: .gpio,
                             gpio: GPIOLines(chip: "gpiochip0", ledGreen: 17, ledRed: 27, buzzer: 22, buttons: [5, 6, 13])),
            DeviceDescriptor(name: "spare", role: nil, driver: .hid,
                             usb: USBMatch(vendorID: 0x0C2E, productID: 0x0B61, serial: "ABC", port: "1-1.2")),
        ])
        #expect(devices[1].baud == 115200 && devices[0].baud == 9600 && devices[0].terminator == .cr)
    }

    @Test func mapsSuppliers() throws {
        let suppliers = try ConfigLoader.parse(text: Self.full, file: "hubd.toml").suppliers
        #expect(suppliers.map(\.id) == ["vegro", "apotheek"])
        #expect(suppliers[0].patterns.map(\.source) == ["^]C1.*", "^VG[0-9]{8}$"])
        #expect(suppliers[0].coldChain == false && suppliers[0].medication == false)
        #expect(suppliers[1].medication)
        #expect(suppliers[1].matches("APO-123456"))
    }

    @Test func integerColdChainHoursAndDefaultsWithoutHubTable() throws {
        let withInt = try ConfigLoader.parse(text: "[hub]\ncold_chain_hours = 6\n", file: "a.toml")
        #expect(withInt.hub.coldChainHours == 6)
        let empty = try ConfigLoader.parse(text: "", file: "b.toml")
        #expect(empty.hub == HubSettings())
        #expect(empty.devices.isEmpty && empty.suppliers.isEmpty)
    }

    @Test func explicitSocketOverridesTheDataDirectory() throws {
        let configuration = try ConfigLoader.parse(text: "[hub]\ndata_dir = \"/srv/hub\"\nsocket = \"/run/hubd/hubd.sock\"\n", file: "a.toml")
        #expect(configuration.hub.socketPath == "/run/hubd/hubd.sock")
        #expect(configuration.hub.dataDirectory == "/srv/hub")
    }

    @Test(arguments: UIDFormat.allCases)
    func everyUIDFormatIsAccepted(_ format: UIDFormat) throws {
        let text = "[[devices]]\nname = \"r\"\nrole = \"pass\"\ndriver = \"serial\"\npath = \"/dev/null\"\nuid_format = \"\(format.rawValue)\"\n"
        #expect(try ConfigLoader.parse(text: text, file: "a.toml").devices.first?.uidFormat == format)
    }

    @Test func inlineDeviceTablesAreAccepted() throws {
        let text = "devices = [{ name = \"a\", role = \"intake\", driver = \"serial\", path = \"/dev/null\" }]\n"
        let devices = try ConfigLoader.parse(text: text, file: "a.toml").devices
        #expect(devices == [DeviceDescriptor(name: "a", role: .intake, driver: .serial, path: "/dev/null")])
    }
}
