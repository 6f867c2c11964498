import Devices

/// The per-driver keys: input guarding, pass UIDs, USB matching and GPIO lines.
struct DriverSettings {
    var burst: Int?
    var repeatWindow: Duration?
    var suffixTimeout: Duration?
    var uidFormat: UIDFormat?
    var uidLength: Int?
    var usb: USBMatch?
    var gpio: GPIOLines?
    var terminal: TerminalSettings?
}

extension ConfigParser {
    func readDriverSettings(driver: DriverKind?, opened: Bool, reader: inout TableReader) -> DriverSettings {
        var settings = DriverSettings()
        settings.burst = reader.positiveInt("burst")
        settings.repeatWindow = reader.nonNegativeInt("repeat_window_ms").map { .milliseconds($0) }
        settings.suffixTimeout = reader.positiveInt("suffix_timeout_ms").map { .milliseconds($0) }
        settings.uidFormat = reader.choice("uid_format", as: UIDFormat.self)
        settings.uidLength = readUIDLength(format: settings.uidFormat, reader: &reader)
        settings.usb = readUSBMatch(required: opened && driver == .hid, reader: &reader)
        settings.gpio = readGPIOLines(reader: &reader)
        settings.terminal = readTerminal(driver: driver, reader: &reader)
        return settings
    }

    /// Wiegand-26 carries 24 bits: a longer UID cannot be told apart from another card's.
    private func readUIDLength(format: UIDFormat?, reader: inout TableReader) -> Int? {
        guard let length = reader.positiveInt("uid_bytes") else { return nil }
        guard [3, 4, 7, 10].contains(length) else {
            reader.report(.invalidValue, key: "uid_bytes", "must be 3, 4, 7 or 10 (the UID sizes cards use), found \(length)")
            return nil
        }
        if let format, format.isWiegand && length > 4 {
            reader.report(.invalidValue, key: "uid_bytes", "a \(length)-byte UID cannot be represented as \(format.rawValue) (24 bits) — use hex or decimal output on this reader")
        }
        if (format == .decimalBE || format == .decimalLE) && length > 8 {
            reader.report(.invalidValue, key: "uid_bytes", "a \(length)-byte UID does not fit a decimal number — use hex output on this reader")
        }
        return length
    }

    /// Only a hid device hubd will open needs VID:PID; one without a role is never looked for.
    private func readUSBMatch(required: Bool, reader: inout TableReader) -> USBMatch? {
        let vid = readHex16("vid", reader: &reader)
        let pid = readHex16("pid", reader: &reader)
        let serial = reader.nonEmptyString("serial")
        let port = reader.nonEmptyString("port")
        guard let vid, let pid else {
            if required && !(reader.contains("vid") && reader.contains("pid")) {
                reader.report(.missingKey, key: "vid", "missing; a hid device is matched by vid and pid, e.g. vid = \"0c2e\", pid = \"0b61\" (see `kiosk devices`)")
            }
            return nil
        }
        return USBMatch(vendorID: vid, productID: pid, serial: serial, port: port)
    }

    private func readHex16(_ key: String, reader: inout TableReader) -> UInt16? {
        guard let text = reader.nonEmptyString(key) else { return nil }
        let digits = text.lowercased().hasPrefix("0x") ? String(text.dropFirst(2)) : text
        guard digits.count <= 4, let value = UInt16(digits, radix: 16) else {
            reader.report(.invalidValue, key: key, "must be 4 hex digits as `kiosk devices` shows them, e.g. \"0c2e\", found \"\(text)\"")
            return nil
        }
        return value
    }

    private func readGPIOLines(reader: inout TableReader) -> GPIOLines? {
        let chip = reader.nonEmptyString("chip")
        let green = reader.nonNegativeInt("led_green")
        let red = reader.nonNegativeInt("led_red")
        let buzzer = reader.nonNegativeInt("buzzer")
        let buttons = reader.intArray("buttons")
        let debounce = reader.nonNegativeInt("debounce_ms")
        if let buttons, let negative = buttons.first(where: { $0 < 0 }) {
            reader.report(.invalidValue, key: "buttons", "line numbers must be 0 or more, found \(negative)")
        }
        guard chip != nil || green != nil || red != nil || buzzer != nil || buttons != nil else { return nil }
        return GPIOLines(
            chip: chip ?? "gpiochip0", ledGreen: green, ledRed: red, buzzer: buzzer,
            buttons: buttons ?? [], debounce: .milliseconds(debounce ?? 30)
        )
    }

    private func readTerminal(driver: DriverKind?, reader: inout TableReader) -> TerminalSettings? {
        let address = readAddress(reader: &reader)
        let password = readPassword(reader: &reader)
        var settings = TerminalSettings(host: address?.host, port: address?.port, password: password ?? "000000")
        settings.acknowledgementTimeout = reader.positiveInt("ack_timeout_ms").map { .milliseconds($0) }
        settings.replyTimeout = reader.positiveInt("reply_timeout_ms").map { .milliseconds($0) }
        settings.completionTimeout = reader.positiveInt("completion_timeout_ms").map { .milliseconds($0) }
        settings.customerTimeout = reader.positiveInt("customer_timeout_s").map { .seconds($0) }
        return driver == .zvt ? settings : nil
    }

    private func readAddress(reader: inout TableReader) -> (host: String, port: UInt16)? {
        guard let address = reader.string("address") else { return nil }
        let parts = address.split(separator: ":", omittingEmptySubsequences: false)
        let host = parts.dropLast().joined(separator: ":")
        let port = parts.count > 1 ? parts.last.flatMap { UInt16($0) } : nil
        guard !host.isEmpty, let port, port > 0 else {
            reader.report(.invalidValue, key: "address", "must be \"host:port\" with a port from 1 to 65535, found \"\(address)\"")
            return nil
        }
        return (host, port)
    }

    private func readPassword(reader: inout TableReader) -> String? {
        guard let password = reader.string("password") else { return nil }
        guard password.count == 6, password.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            reader.report(.invalidValue, key: "password", "must be exactly 6 digits, such as \"000000\"")
            return nil
        }
        return password
    }
}
