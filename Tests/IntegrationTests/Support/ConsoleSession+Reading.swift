import Foundation
import KioskKit

extension ConsoleSession {
    /// The block-letter headline on screen, decoded with the console's own font; block rows
    /// that wrapped are joined with a space. Nil when no block letters are shown.
    func headline() async throws -> String? {
        Self.headline(in: try await capture())
    }

    static func headline(in lines: [String]) -> String? {
        var words: [String] = []
        var index = 0
        while index + BlockFont.height <= lines.count {
            let rows = Array(lines[index..<index + BlockFont.height])
            if rows[0].contains("█"), let text = BlockFont.read(rows) {
                words.append(text)
                index += BlockFont.height
            } else {
                index += 1
            }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Waits until the screen contains `text` in plain letters; returns that screen.
    @discardableResult
    func waitForText(_ text: String, seconds: Double = 20) async throws -> [String] {
        try await waitForScreen(seconds: seconds, "“\(text)” on the console") { $0.joined(separator: "\n").contains(text) }
    }

    /// Waits until the block-letter headline reads `text` (upper case); returns that screen.
    @discardableResult
    func waitForHeadline(_ text: String, seconds: Double = 20) async throws -> [String] {
        try await waitForScreen(seconds: seconds, "the headline “\(text)”") { Self.headline(in: $0) == text }
    }

    /// Polls the pane every 100 ms until `condition` holds; on timeout the error shows the
    /// last screen, so a failing test says what the console showed instead.
    @discardableResult
    func waitForScreen(seconds: Double = 20, _ what: String, _ condition: ([String]) -> Bool) async throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var last: [String] = []
        while Date() < deadline {
            last = try await capture()
            if condition(last) { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ConsoleSessionError(
            "timed out after \(Int(seconds)) s waiting for \(what); kiosk "
                + (exitStatus().map { "exited with \($0)" } ?? "still running") + "; screen:\n" + last.joined(separator: "\n")
        )
    }
}
