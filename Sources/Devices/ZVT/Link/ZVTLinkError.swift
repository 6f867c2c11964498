/// Why a ZVT link call failed; the message names the device and what to do next.
public struct ZVTLinkError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Equatable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case openFailed
            case timeout
            case noAcknowledgement
            case closed
            case writeFailed
        }

        let base: Base
        public var description: String { base.rawValue }

        public static let openFailed = Code(base: .openFailed)
        public static let timeout = Code(base: .timeout)
        public static let noAcknowledgement = Code(base: .noAcknowledgement)
        public static let closed = Code(base: .closed)
        public static let writeFailed = Code(base: .writeFailed)
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
