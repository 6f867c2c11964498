/// Why text could not be turned into key presses for the simulator.
public struct KeystrokeEncodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Equatable, Hashable, CustomStringConvertible {
        enum Base: String, Sendable {
            case unsupportedCharacter
        }

        let base: Base
        public var description: String { base.rawValue }

        /// The layout has no key (or key combination) for the character.
        public static let unsupportedCharacter = Code(base: .unsupportedCharacter)
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
