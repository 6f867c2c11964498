import Devices

/// The words `hubd.toml` understands, kept in one place so validation and suggestions never disagree.
enum ConfigVocabulary {
    static let rootTables = ["hub", "kiosk", "payments", "backup", "retention", "reports", "dashboard", "central", "access", "devices", "suppliers"]
    static let accessKeys = ["console", "staff", "monitor", "admin"]

    static let hubKeys = ["name", "data_dir", "socket", "language", "cold_chain_hours", "key_file"]

    static let kioskKeys = ["idle_seconds", "double_tap_seconds", "day_end", "staff_idle_minutes", "max_price", "pin_kdf_rounds"]

    static let paymentKeys = ["max_amount"]
    static let backupKeys = ["directory", "keep", "at", "recipient"]
    static let dashboardKeys = ["listen", "tls_cert", "tls_key"]
    static let centralKeys = ["url", "hub_id", "password_file", "ca_file", "batch_size", "keep_uploaded_days", "poll_seconds", "share"]
    /// What a hub may send central beyond the default, one word each (`[central] share`).
    static let centralShares = ["address-pseudonyms"]
    static let reportsKeys = ["van_km_per_day", "co2_grams_per_km", "vegro_supplier"]
    static let retentionKeys = ["manifest_days", "parcel_days", "loan_days", "inactive_resident_days", "payment_detail_days", "at"]

    /// The payment terminal's keys; the timeouts exist so tests can shorten the protocol's own.
    static let terminalKeys = [
        "address", "password", "ack_timeout_ms", "reply_timeout_ms", "completion_timeout_ms", "customer_timeout_s",
    ]

    static let deviceKeys = [
        "name", "role", "driver", "path", "layout", "baud", "terminator", "max_code_length",
        "max_codes_per_second", "burst", "repeat_window_ms", "suffix_timeout_ms", "uid_format", "uid_bytes",
        "vid", "pid", "serial", "port", "chip", "led_green", "led_red", "buzzer", "buttons", "debounce_ms",
    ] + terminalKeys

    static let supplierKeys = ["id", "name", "patterns", "cold_chain", "medication", "rate"]

    static let languages = ["nl", "en"]
    static let layouts = ["us", "uk", "de", "fr", "be"]
    static let uidFormats = UIDFormat.allCases.map(\.rawValue)
    static let baudRates = [
        300, 600, 1200, 1800, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600,
    ]

    /// Keyboard layouts only mean something to drivers that decode key codes.
    static let layoutDrivers: Set<DriverKind> = [.evdev, .hid]
}
