/// Why a device node could not be used; the message names the path and what to do next,
/// because it ends up verbatim in `kiosk status` and the log.
public struct DeviceError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Equatable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case notFound
            case notReady
            case permissionDenied
            case unsupportedBaud
            case openFailed
            case configureFailed
            case pseudoTerminalFailed
            case writeFailed
            case wouldBlock
            case missingPath
            case closed
        }

        let base: Base
        public var description: String { base.rawValue }

        public static let notFound = Code(base: .notFound)
        public static let notReady = Code(base: .notReady)
        public static let permissionDenied = Code(base: .permissionDenied)
        public static let unsupportedBaud = Code(base: .unsupportedBaud)
        public static let openFailed = Code(base: .openFailed)
        public static let configureFailed = Code(base: .configureFailed)
        public static let pseudoTerminalFailed = Code(base: .pseudoTerminalFailed)
        public static let writeFailed = Code(base: .writeFailed)
        public static let wouldBlock = Code(base: .wouldBlock)
        public static let missingPath = Code(base: .missingPath)
        public static let closed = Code(base: .closed)
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
