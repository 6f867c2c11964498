/// A key pressed on the kiosk console (or a GPIO button mapped to one).
public struct ConsoleKeyRequest: Codable, Sendable {
    public var session: String?
    public var key: String
    public init(session: String?, key: String) {
        self.session = session
        self.key = key
    }
}

/// Digits typed on the keypad and sent with Enter: a PIN (never logged) or a resident number.
public struct ConsoleEntryRequest: Codable, Sendable {
    public var session: String?
    public var value: String
    public init(session: String?, value: String) {
        self.session = session
        self.value = value
    }
}

/// The console went back to idle on its own (timeout): the session ends on the hub too.
public struct ConsoleResetRequest: Codable, Sendable {
    public var session: String?
    public init(session: String?) { self.session = session }
}
