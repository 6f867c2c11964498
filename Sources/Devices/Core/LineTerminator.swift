/// How a serial scanner ends a code; scanners ship with CR, LF or CRLF as the suffix.
public enum LineTerminator: String, Sendable, Codable, CaseIterable {
    case cr = "CR"
    case lf = "LF"
    case crlf = "CRLF"

    public var bytes: [UInt8] {
        switch self {
        case .cr: [0x0D]
        case .lf: [0x0A]
        case .crlf: [0x0D, 0x0A]
        }
    }
}
