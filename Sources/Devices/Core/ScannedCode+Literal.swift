extension ScannedCode: ExpressibleByStringLiteral {
    /// Lets tests and fixtures write a plain code as a string.
    public init(stringLiteral value: String) {
        self.init(raw: value)
    }
}
