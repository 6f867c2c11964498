/// Suppliers send manifests as CSV exports or as JSON from their systems.
public enum ManifestFormat: String, Sendable, Codable, CaseIterable {
    case csv
    case json

    /// By extension first, then by the first non-blank character, since files get renamed.
    public static func detect(fileName: String, content: String) -> ManifestFormat {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") { return .csv }
        let first = content.first { !$0.isWhitespace }
        return first == "[" || first == "{" ? .json : .csv
    }
}
