/// Where in the file a key lives; `[[devices]]` blocks look alike, so issues number them for people.
public enum ConfigSection: Sendable, Hashable, CustomStringConvertible {
    /// Keys written before the first table header.
    case root
    /// A `[name]` table.
    case table(String)
    /// The `index`-th (zero-based) `[[name]]` block.
    case arrayTable(String, index: Int)

    public var description: String {
        switch self {
        case .root: "top level"
        case .table(let name): "[\(name)]"
        case .arrayTable(let name, let index): "[[\(name)]] #\(index + 1)"
        }
    }
}
