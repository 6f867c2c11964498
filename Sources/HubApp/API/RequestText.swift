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
}
