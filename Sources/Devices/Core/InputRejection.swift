/// Why a device's input was not turned into a code; the message tells staff what to do.
public struct InputRejection: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Equatable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case empty
            case tooLong
            case controlCharacters
            case binary
            case rateLimited
        }

        let base: Base
        public var description: String { base.rawValue }

        public static let empty = Code(base: .empty)
        public static let tooLong = Code(base: .tooLong)
        public static let controlCharacters = Code(base: .controlCharacters)
        public static let binary = Code(base: .binary)
        public static let rateLimited = Code(base: .rateLimited)
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
