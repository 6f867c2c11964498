/// A manifest row that did not load; the rest of the file still does.
public struct ManifestRowError: Sendable, Equatable, Codable, CustomStringConvertible {
    public var line: Int
    public var message: LocalizedText

    public init(line: Int, _ message: LocalizedText) {
        self.line = line
        self.message = message
    }

    public init(line: Int, nl: String, en: String) {
        self.init(line: line, LocalizedText(nl: nl, en: en))
    }

    public var description: String { "line \(line): \(message.en)" }
}
