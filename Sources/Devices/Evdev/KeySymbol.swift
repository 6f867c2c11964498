/// What one key at one shift level produces under a layout.
public enum KeySymbol: Sendable, Hashable, ExpressibleByExtendedGraphemeClusterLiteral {
    case character(Character)
    /// A dead key composes with the next key; followed by space it yields `spacing` (how
    /// scanners set to German or AZERTY layouts send `^`, `` ` `` or `~`).
    case dead(spacing: Character)

    public init(extendedGraphemeClusterLiteral value: Character) {
        self = .character(value)
    }
}
