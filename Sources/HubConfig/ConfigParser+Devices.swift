import Devices
import TOMLKit

extension ConfigParser {
    mutating func parseDevices(_ blocks: (tables: [TOMLTable], inlineLine: Int?)) -> [DeviceDescriptor] {
        var names = UniquenessTracker(noun: "device name")
        var devices: [DeviceDescriptor] = []
        for (index, table) in blocks.tables.enumerated() {
            var reader = reader(for: table, in: .arrayTable("devices", index: index), fallbackLine: blocks.inlineLine)
            let name = reader.nonEmptyString("name")
            if let name { names.claim(name, key: "name", reader: &reader) }
            let device = readDevice(named: name, reader: &reader)
            absorb(reader)
            if let device { devices.append(device) }
        }
        return devices
    }

    private func readDevice(named name: String?, reader: inout TableReader) -> DeviceDescriptor? {
        reader.rejectUnknownKeys(known: ConfigVocabulary.deviceKeys)
        reader.requireKey("name")
        let drivers = DriverKind.allCases.map(\.rawValue).joined(separator: ", ")
        reader.requireKey("driver", hint: " (one of \(drivers))")
        let role = reader.choice("role", as: DeviceRole.self)
        let driver = reader.choice("driver", as: DriverKind.self)
        let path = reader.nonEmptyString("path")
        let layout = reader.choice("layout", among: ConfigVocabulary.layouts)
        let baud = readBaud(reader: &reader)
        let terminator = reader.choice("terminator", as: LineTerminator.self)
        let maxCodeLength = reader.positiveInt("max_code_length")
        let maxCodesPerSecond = reader.positiveInt("max_codes_per_second")
        let settings = readDriverSettings(driver: driver, opened: role != nil, reader: &reader)
        if let driver {
            checkDriverNeeds(driver, path: path, reader: &reader)
            if layout != nil && !ConfigVocabulary.layoutDrivers.contains(driver) {
                reader.report(.ignoredKey, key: "layout", "only evdev and hid decode key codes; ignored for driver \"\(driver.rawValue)\"", severity: .warning)
            }
        }
        checkOpenability(role: role, path: path, reader: &reader)
        guard let name, let driver else { return nil }
        let defaults = DeviceDescriptor(name: name, role: role, driver: driver)
        return DeviceDescriptor(
            name: name,
            role: role,
            driver: driver,
            path: path,
            layout: layout,
            baud: baud ?? defaults.baud,
            terminator: terminator ?? defaults.terminator,
            maxCodeLength: maxCodeLength ?? defaults.maxCodeLength,
            maxCodesPerSecond: maxCodesPerSecond ?? defaults.maxCodesPerSecond,
            burst: settings.burst ?? max(defaults.burst, maxCodesPerSecond ?? 0),
            repeatWindow: settings.repeatWindow ?? (role == .stock ? .zero : defaults.repeatWindow),
            suffixTimeout: settings.suffixTimeout,
            uidFormat: settings.uidFormat ?? defaults.uidFormat,
            uidLength: settings.uidLength ?? defaults.uidLength,
            usb: settings.usb,
            gpio: settings.gpio,
            terminal: settings.terminal
        )
    }

    private func readBaud(reader: inout TableReader) -> Int? {
        guard let baud = reader.int("baud") else { return nil }
        let rates = ConfigVocabulary.baudRates
        guard rates.contains(baud) else {
            let list = rates.map(String.init).joined(separator: ", ")
            reader.report(.invalidValue, key: "baud", "must be a standard rate (\(list)), found \(baud)")
            return nil
        }
        return baud
    }

    private func checkDriverNeeds(_ driver: DriverKind, path: String?, reader: inout TableReader) {
        if driver.needsPath && !reader.contains("path") {
            reader.report(
                .missingKey,
                key: "path",
                "missing; driver \"\(driver.rawValue)\" reads a device node, so a path is required (a FIFO or pty works too)"
            )
        }
        guard driver == .zvt else { return }
        switch (reader.contains("path"), reader.contains("address")) {
        case (false, false):
            reader.report(.missingKey, key: "address", "missing; a zvt terminal needs either path (serial) or address (TCP, \"host:port\")")
        case (true, true):
            reader.report(.invalidValue, key: "address", "set either path (serial) or address (TCP) for a zvt terminal, not both")
        default:
            break
        }
    }

    /// Both are legal, but each one surprises whoever expects the device to work.
    private func checkOpenability(role: DeviceRole?, path: String?, reader: inout TableReader) {
        guard reader.contains("role") else {
            reader.report(.neverOpened, key: nil, "no role, so hubd never opens this device; add role = \"intake\" (or another role) to use it", severity: .warning)
            return
        }
        guard role != nil, let path, !pathExists(path) else { return }
        reader.report(.pathNotFound, key: "path", "\"\(path)\" does not exist right now; hubd will wait for it", severity: .warning)
    }
}
