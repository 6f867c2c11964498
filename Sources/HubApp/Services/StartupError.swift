/// Why `hubd` would not start; printed once, plainly, for the journal.
public struct StartupError: Error, CustomStringConvertible {
    public struct Code: Sendable, Hashable {
        let name: String
        public static let socketInUse = Code(name: "socket-in-use")
        public static let socketPath = Code(name: "socket-path")
        public static let dataDirectory = Code(name: "data-directory")
        public static let dashboardCertificate = Code(name: "dashboard-certificate")
    }

    public var code: Code
    public var description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }
}

extension StartupError {
    static func dashboardCertificate(certificate: String, key: String, reason: String) -> StartupError {
        StartupError(
            .dashboardCertificate,
            "cannot read the dashboard's certificate \(certificate) or key \(key) (\(reason)) — give PEM files readable by hubd's user as [dashboard] tls_cert and tls_key, or leave both out for plain HTTP"
        )
    }
}
