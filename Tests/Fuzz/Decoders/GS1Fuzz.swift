@testable import Devices

/// Scanned text as the code interpreter sees it: an optional AIM symbology identifier, then a
/// GS1 element string (with GS separators), a human-readable one (`(01)…(10)…`), an EAN/UPC, or
/// anything else.
///
/// Promises: each element names an AI from the table and a value within its length, free of GS;
/// elements joined again (with GS, or in brackets when no value holds one) parse back to the same elements; a refusal
/// names a character inside the text.
enum GS1Fuzz {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch CodeInterpreter.interpret(text) {
        case .success(let code):
            require(code.raw == text, "the raw text changed")
            if let elements = code.gs1 { check(elements) }
        case .failure(let rejection):
            DeviceChecks.check(rejection)
        }
        check(GS1Parser.parse(text), text: text)
        check(GS1Parser.parseHumanReadable(text), text: text)
    }

    static func check(_ result: Result<[GS1Element], InputRejection>, text: String) {
        switch result {
        case .success(let elements):
            check(elements)
        case .failure(let rejection):
            DeviceChecks.check(rejection)
            guard let position = position(in: rejection.message) else { return }
            require((1...(text.utf8.count + 1)).contains(position), "a refusal at character \(position) of \(text.utf8.count)")
        }
    }

    static func check(_ elements: [GS1Element]) {
        require(!elements.isEmpty, "a GS1 code with no elements")
        for element in elements {
            guard let entry = ApplicationIdentifier.table[element.ai] else { fatalError("AI \(element.ai) is not in the table") }
            require(!element.value.isEmpty && element.value.utf8.count <= entry.maxLength, "(\(element.ai)) holds \(element.value.utf8.count) characters")
            require(!element.value.utf8.contains(GS1Parser.groupSeparator), "(\(element.ai)) holds a GS")
        }
        let separated = elements.map { $0.ai + $0.value }.joined(separator: "\u{1D}")
        let again = GS1Parser.parse(separated)
        require(again == .success(elements), "\(elements) joined with GS parse as \(again)")
        // A value may hold brackets, and "(21)(3103)1" reads as two elements: only values
        // without them have one bracketed form.
        guard !elements.contains(where: { $0.value.contains("(") }) else { return }
        let bracketed = elements.map { "(\($0.ai))\($0.value)" }.joined()
        let readable = GS1Parser.parseHumanReadable(bracketed)
        require(readable == .success(elements), "\(elements) in brackets parse as \(readable)")
    }

    /// The character a refusal points at: "… refused at character N: …".
    static func position(in message: String) -> Int? {
        guard let range = message.range(of: "at character ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }
}
