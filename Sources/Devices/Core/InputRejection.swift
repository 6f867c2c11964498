/// Why a device's input was not turned into a code; the message tells staff what to do.
public struct InputRejection: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Equatable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case empty
            case tooLong
            case controlCharacters
            case binary
            case rateLimited
            case repeated
            case overflow
            case checksum
        }

        let base: Base
        public var description: String { base.rawValue }

        public static let empty = Code(base: .empty)
        public static let tooLong = Code(base: .tooLong)
        public static let controlCharacters = Code(base: .controlCharacters)
        public static let binary = Code(base: .binary)
        public static let rateLimited = Code(base: .rateLimited)
        /// The same code again within the repeat window: one scan, not two.
        public static let repeated = Code(base: .repeated)
        /// A driver's bounded queue was full.
        public static let overflow = Code(base: .overflow)
        public static let checksum = Code(base: .checksum)
    }

    public var code: Code
    public var message: String
    /// How many inputs this rejection stands for (a queue overflow drops many at once).
    public var count: Int

    public init(_ code: Code, _ message: String, count: Int = 1) {
        self.code = code
        self.message = message
        self.count = count
    }

    public var description: String { message }
}
