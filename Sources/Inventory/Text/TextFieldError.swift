/// A text field refused by `TextRules`: names the field as the sender wrote it and says what to do.
public struct TextFieldError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let name: String
        public var description: String { name }

        public static let tooLong = Code(name: "too-long")
        public static let controlCharacter = Code(name: "control-character")
        /// ESC or a C1 control: the start of a terminal escape sequence.
        public static let escapeSequence = Code(name: "escape-sequence")
        /// A line break in a field that holds one line.
        public static let lineBreak = Code(name: "line-break")
    }

    public var code: Code
    /// The JSON (snake_case) name, or the column name in an imported file.
    public var field: String
    public var text: LocalizedText

    public init(_ code: Code, field: String, _ text: LocalizedText) {
        self.code = code
        self.field = field
        self.text = text
    }

    public var description: String { text.en }

    static func tooLong(field: String, length: Int, maximum: Int) -> TextFieldError {
        TextFieldError(.tooLong, field: field, LocalizedText(
            nl: "veld '\(field)' is \(length) tekens; hooguit \(maximum) — maak het korter",
            en: "field '\(field)' is \(length) characters; at most \(maximum) — shorten it"
        ))
    }

    static func refused(_ scalar: Unicode.Scalar, field: String, position: Int, shape: TextRules.Shape) -> TextFieldError {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        if shape != .lines, scalar == "\n" || scalar == "\r" {
            return TextFieldError(.lineBreak, field: field, LocalizedText(
                nl: "veld '\(field)' is één regel maar bevat een regeleinde (teken \(position)) — zet het op één regel; alleen opmerkingen mogen meer regels hebben",
                en: "field '\(field)' is one line but holds a line break (character \(position)) — put it on one line; only remarks and notes may have several lines"
            ))
        }
        if scalar.value == 0x1B || (0x80...0x9F).contains(scalar.value) {
            return TextFieldError(.escapeSequence, field: field, LocalizedText(
                nl: "veld '\(field)' bevat een escape-reeks voor de terminal (\(name), teken \(position)) — typ alleen gewone tekst",
                en: "field '\(field)' holds a terminal escape sequence (\(name), character \(position)) — type plain text only"
            ))
        }
        let allowedHint = shape == .lines
            ? (nl: "alleen regeleinden (\\n) mogen", en: "only line breaks (\\n) are allowed")
            : (nl: "typ alleen gewone tekst", en: "type plain text only")
        return TextFieldError(.controlCharacter, field: field, LocalizedText(
            nl: "veld '\(field)' bevat een stuurteken (\(name), teken \(position)) — \(allowedHint.nl)",
            en: "field '\(field)' holds a control character (\(name), character \(position)) — \(allowedHint.en)"
        ))
    }
}
