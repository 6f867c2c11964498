extension ConfigParser {
    /// Keys for drivers still to come are type-checked now, so a typo surfaces today rather than on
    /// the day the driver ships; their values are not kept yet.
    func checkFutureDriverKeys(reader: inout TableReader) {
        _ = reader.choice("uid_format", among: ConfigVocabulary.uidFormats)
        for key in ["chip", "vid", "pid", "serial", "port"] {
            _ = reader.nonEmptyString(key)
        }
        for key in ["led_green", "led_red", "buzzer", "suffix_timeout_ms", "debounce_ms"] {
            _ = reader.nonNegativeInt(key)
        }
        if let lines = reader.intArray("buttons"), let negative = lines.first(where: { $0 < 0 }) {
            reader.report(.invalidValue, key: "buttons", "line numbers must be 0 or more, found \(negative)")
        }
        checkAddress(reader: &reader)
        checkPassword(reader: &reader)
    }

    private func checkAddress(reader: inout TableReader) {
        guard let address = reader.string("address") else { return }
        let parts = address.split(separator: ":", omittingEmptySubsequences: false)
        let host = parts.dropLast().joined(separator: ":")
        let port = parts.count > 1 ? parts.last.flatMap { Int($0) } : nil
        guard !host.isEmpty, let port, (1...65535).contains(port) else {
            reader.report(.invalidValue, key: "address", "must be \"host:port\" with a port from 1 to 65535, found \"\(address)\"")
            return
        }
    }

    private func checkPassword(reader: inout TableReader) {
        guard let password = reader.string("password") else { return }
        guard password.count == 6, password.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            reader.report(.invalidValue, key: "password", "must be exactly 6 digits, such as \"000000\"")
            return
        }
    }
}
