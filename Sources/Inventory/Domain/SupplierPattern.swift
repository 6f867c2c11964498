import Foundation

/// A regular expression over a whole barcode, compiled once when the config loads.
public struct SupplierPattern: Sendable, Codable, Equatable {
    public struct InvalidPattern: Error, CustomStringConvertible {
        public var pattern: String
        public var reason: String
        public var description: String { "'\(pattern)' is not a valid regular expression: \(reason)" }
    }

    public let source: String
    private let regex: NSRegularExpressionBox

    public init(_ source: String) throws(InvalidPattern) {
        do {
            self.regex = NSRegularExpressionBox(try NSRegularExpression(pattern: source))
        } catch {
            throw InvalidPattern(pattern: source, reason: "check brackets, quantifiers and escapes")
        }
        self.source = source
    }

    public func matches(_ barcode: String) -> Bool {
        let range = NSRange(barcode.startIndex..., in: barcode)
        return regex.value.firstMatch(in: barcode, range: range) != nil
    }

    public static func == (lhs: SupplierPattern, rhs: SupplierPattern) -> Bool { lhs.source == rhs.source }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(source)
    }
}

/// NSRegularExpression is immutable after creation and safe to share between tasks.
private struct NSRegularExpressionBox: @unchecked Sendable {
    let value: NSRegularExpression
    init(_ value: NSRegularExpression) { self.value = value }
}
