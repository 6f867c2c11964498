/// Which configuration `hubd` and `kiosk` settled on, so they can say where their settings came from.
public enum ConfigSource: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case embeddedDefault

    public var description: String {
        switch self {
        case .file(let path): path
        case .embeddedDefault: "embedded default"
        }
    }
}
