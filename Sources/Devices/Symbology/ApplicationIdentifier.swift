/// One GS1 application identifier: how long its value is, what it may contain, and whether a
/// GS separator must end it. The parser is driven by a table of these, so supporting another
/// AI is a line of data, not code.
public struct ApplicationIdentifier: Sendable, Hashable {
    public enum Length: Sendable, Hashable {
        case fixed(Int)
        case variable(max: Int)
    }

    public enum Content: Sendable, Hashable {
        /// Digits only.
        case numeric
        /// Digits whose last one is a GS1 mod-10 check digit (GTIN, SSCC, GLN, GSIN).
        case checkDigit
        /// YYMMDD; GS1 allows day 00 for "end of the month" on these dates.
        case date
        /// GS1 character set 82 (the printable ASCII subset GS1 barcodes may carry).
        case alphanumeric
    }

    public let ai: String
    public let title: String
    public let length: Length
    public let content: Content
    /// False only for the AIs GS1 lists as predefined length (00–04, 11–20, 31–36, 41); every
    /// other field needs a GS after it unless it ends the code, even a fixed-length one.
    public let separatorRequired: Bool

    public init(_ ai: String, _ title: String, _ length: Length, _ content: Content, separatorRequired: Bool) {
        self.ai = ai
        self.title = title
        self.length = length
        self.content = content
        self.separatorRequired = separatorRequired
    }

    /// The longest value the AI takes.
    public var maxLength: Int {
        switch length {
        case .fixed(let count), .variable(max: let count): count
        }
    }
}
