/// Bounds on a config text, far above any real `hubd.toml`, so that no input can make the guard,
/// toml++ or the line locator do more than linear work or recurse deeply.
public struct TOMLLimits: Sendable, Equatable {
    /// A config file larger than this is refused before it is parsed.
    public var maxBytes: Int
    /// Longest line, in bytes, not counting the line break.
    public var maxLineBytes: Int
    /// Longest key as written, dotted parts and quotes included.
    public var maxKeyBytes: Int
    /// Most parts in one dotted key or table name.
    public var maxKeyParts: Int
    /// Deepest nesting of arrays and inline tables inside one value.
    public var maxNesting: Int

    public init(maxBytes: Int = 64 * 1024, maxLineBytes: Int = 4096, maxKeyBytes: Int = 128, maxKeyParts: Int = 8, maxNesting: Int = 16) {
        self.maxBytes = maxBytes
        self.maxLineBytes = maxLineBytes
        self.maxKeyBytes = maxKeyBytes
        self.maxKeyParts = maxKeyParts
        self.maxNesting = maxNesting
    }

    public static let standard = TOMLLimits()
}
