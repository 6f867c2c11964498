/// A command-line failure: one line on stderr that says what to do next, then a non-zero exit.
public struct KioskError: Error, CustomStringConvertible {
    public struct Code: Sendable, Hashable {
        let name: String
        public static let notRunning = Code(name: "not-running")
        public static let refused = Code(name: "refused")
        public static let usage = Code(name: "usage")
        public static let io = Code(name: "io")
        public static let unauthorized = Code(name: "unauthorized")
    }

    public var code: Code
    public var description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    /// Exit codes scripts can tell apart: 69 (EX_UNAVAILABLE) when hubd is down, 77 (EX_NOPERM) when
    /// staff must log in, 65 for bad input.
    public var exitCode: Int32 {
        switch code {
        case .notRunning: 69
        case .usage: 64
        case .io: 74
        case .unauthorized: 77
        default: 65
        }
    }
}
