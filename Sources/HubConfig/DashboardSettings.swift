/// `[dashboard]`: the staff dashboard served by hubd on the hub's LAN. Off unless `listen` is
/// set, because a hub that never asked for a network port should not open one.
public struct DashboardSettings: Sendable, Equatable {
    /// The address to listen on, e.g. "192.168.1.20"; `nil` keeps the dashboard off.
    public var host: String?
    public var port: Int
    /// PEM files for HTTPS (`tls_cert`, `tls_key`). Both or neither; with them, cookies are also
    /// marked `Secure`.
    public var certificate: String?
    public var key: String?

    /// A staff login on a browser lapses like one on the command line, after `[kiosk]
    /// staff_idle_minutes` without use, so there is no separate setting for it.
    public init(host: String? = nil, port: Int = 8080, certificate: String? = nil, key: String? = nil) {
        self.host = host
        self.port = port
        self.certificate = certificate
        self.key = key
    }

    public var isEnabled: Bool { host != nil }
    public var usesTLS: Bool { certificate != nil && key != nil }

    /// "host:port", with IPv6 in brackets ("[::1]:8080"); `nil` when it is not that shape.
    static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        guard let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port) else { return nil }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, host.count <= 253, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:".contains($0) }) else { return nil }
        return (host, port)
    }
}
