/// Why `hubd` would not start; printed once, plainly, for the journal.
public struct StartupError: Error, CustomStringConvertible {
    public struct Code: Sendable, Hashable {
        let name: String
        public static let socketInUse = Code(name: "socket-in-use")
        public static let socketPath = Code(name: "socket-path")
        public static let dataDirectory = Code(name: "data-directory")
    }

    public var code: Code
    public var description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }
}
