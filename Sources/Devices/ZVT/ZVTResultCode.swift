/// The terminal's verdict (BMP 27, and the byte after 06 1E); only the codes the hub acts on
/// are named, the rest keep their byte so a log can still show it.
public enum ZVTResultCode: Sendable, Equatable, Hashable {
    case ok
    case declined
    /// 6C: the customer pressed abort or the terminal timed out.
    case timeoutOrAbort
    /// 9C: busy; ask again later.
    case pleaseWait
    case systemError
    case unknown(UInt8)

    public init(byte: UInt8) {
        switch byte {
        case 0x00: self = .ok
        case 0x05: self = .declined
        case 0x6C: self = .timeoutOrAbort
        case 0x9C: self = .pleaseWait
        case 0xFF: self = .systemError
        default: self = .unknown(byte)
        }
    }

    public var byte: UInt8 {
        switch self {
        case .ok: 0x00
        case .declined: 0x05
        case .timeoutOrAbort: 0x6C
        case .pleaseWait: 0x9C
        case .systemError: 0xFF
        case .unknown(let byte): byte
        }
    }
}
