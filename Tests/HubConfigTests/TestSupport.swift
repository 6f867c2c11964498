import Foundation
@testable import HubConfig

/// Runs the loader on text and hands back the issues it reports, failing loudly if it accepts the text.
func issues(in text: String, file: String = "hubd.toml") -> [ConfigIssue] {
    do {
        _ = try ConfigLoader.parseWithWarnings(text: text, file: file, pathExists: { _ in true })
        return []
    } catch {
        return error.issues
    }
}

func warnings(in text: String, existing: Set<String> = []) throws -> [ConfigIssue] {
    try ConfigLoader.parseWithWarnings(text: text, file: "hubd.toml", pathExists: { existing.contains($0) }).warnings
}
