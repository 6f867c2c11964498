#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a GPIO chip or line could not be used. The message names the chip and line and what to
/// do, because it ends up verbatim in `kiosk status` and the journal.
public struct GPIOError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Equatable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case noChip
            case permissionDenied
            case openFailed
            case noSuchLine
            case busy
            case requestFailed
            case writeFailed
            case waitFailed
            case readFailed
        }

        let base: Base
        public var description: String { base.rawValue }

        /// The chip does not exist (ENOENT): no GPIO on this machine, so feedback degrades.
        public static let noChip = Code(base: .noChip)
        public static let permissionDenied = Code(base: .permissionDenied)
        public static let openFailed = Code(base: .openFailed)
        /// The chip has no line with that offset: a wrong number in the config.
        public static let noSuchLine = Code(base: .noSuchLine)
        /// Another process (or an old hubd) holds the line.
        public static let busy = Code(base: .busy)
        public static let requestFailed = Code(base: .requestFailed)
        public static let writeFailed = Code(base: .writeFailed)
        public static let waitFailed = Code(base: .waitFailed)
        public static let readFailed = Code(base: .readFailed)
    }

    public var code: Code
    public var message: String
    /// The errno the C call left, when there was one.
    public var errno: Int32?

    public init(_ code: Code, _ message: String, errno: Int32? = nil) {
        self.code = code
        self.message = message
        self.errno = errno
    }

    public var description: String { message }

    /// The text of an errno value, for messages.
    static func reason(_ number: Int32) -> String {
        guard let text = strerror(number) else { return "errno \(number)" }
        return "\(String(cString: text)), errno \(number)"
    }
}
