import PostgresNIO

/// What went wrong between a hub or `hubcentral` and central, in words that say what to do.
public struct CentralError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Code: String, Sendable {
        /// A setting or argument is not usable.
        case badSettings = "bad-settings"
        /// Central could not be reached, or did not answer in time.
        case unreachable
        /// Central refused the login or the call.
        case refused
        /// An event central holds differs from the hub's event with the same number.
        case hashMismatch = "hash-mismatch"
        /// Central skipped numbers: it lost events the hub can no longer resend.
        case gap
        /// Central does not accept this hub's payload version.
        case versionTooOld = "version-too-old"
        /// Anything else central answered with an error.
        case server
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// The SQLSTATEs central's functions raise (`CentralSchema`), and the connection failures
    /// postgres-nio reports, as codes with the server's own words.
    public init(_ error: any Error) {
        if let error = error as? CentralError {
            self = error
            return
        }
        guard let error = error as? PSQLError else {
            self.init(.unreachable, "central: \(error)")
            return
        }
        let state = error.serverInfo?[.sqlState]
        let text = [error.serverInfo?[.message], error.serverInfo?[.detail]].compactMap { $0 }.joined(separator: " — ")
        switch state {
        case "BH001": self.init(.hashMismatch, text)
        case "BH002": self.init(.gap, text)
        case "BH003": self.init(.versionTooOld, text)
        case "42501", "28P01", "28000": self.init(.refused, "central refused \(text.isEmpty ? "the login" : text) — check the hub's role and password (hubcentral hub add)")
        case .some: self.init(.server, "central: \(text)")
        case nil: self.init(.unreachable, "central unreachable: \(error.code)")
        }
    }
}
