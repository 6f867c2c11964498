import Foundation
import Inventory

/// The API side of `TextRules`: every decoded request body passes here before a handler sees it.
enum RequestText {
    /// The error code scripts can match on, apart from `malformed-request`: the JSON was fine,
    /// a text field in it was not.
    static let refusedCode = "text-refused"

    static func checked<T>(_ value: T) throws(APIError) -> T {
        do {
            try TextRules.checkFields(of: value)
        } catch {
            throw APIError(.badRequest, code: refusedCode, error.text)
        }
        return value
    }

    /// A header shown back to staff (a browser's user agent): control characters dropped, at
    /// most 80 characters, so it neither breaks a terminal nor fills a list.
    static func label(_ raw: String) -> String {
        let kept = String(String.UnicodeScalarView(raw.unicodeScalars.filter { !TextRules.isControl($0) }))
        let label = kept.trimmingCharacters(in: .whitespaces).prefix(80)
        return label.isEmpty ? "browser" : String(label)
    }
}
