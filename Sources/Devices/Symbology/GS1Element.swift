/// One GS1 application identifier and its value, e.g. (01) 12312312312333.
public struct GS1Element: Sendable, Hashable, Codable {
    public var ai: String
    public var value: String

    public init(ai: String, value: String) {
        self.ai = ai
        self.value = value
    }
}
