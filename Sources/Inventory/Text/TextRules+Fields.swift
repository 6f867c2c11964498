extension TextRules {
    /// Checks every string inside a decoded value against the rule of the field that holds it,
    /// so a new request type is covered the day it is added, with no list to keep up to date.
    ///
    /// Property names are turned into the JSON's snake_case names, the names the sender used.
    /// Optionals, arrays and nested structs are walked; a string in an array answers to the
    /// array's field (`gtins`). Enums decoded from raw values hold no free text and are skipped.
    public static func checkFields(of value: Any) throws(TextFieldError) {
        try walk(value, field: "body", depth: 0)
    }

    /// The first refusal among an imported row's cells (`nil` cells are absent columns), for
    /// importers that report a bad row by line and go on with the next.
    public static func refusal(_ cells: KeyValuePairs<String, String?>) -> TextFieldError? {
        for (field, value) in cells {
            guard let value else { continue }
            do {
                try check(value, field: field)
            } catch {
                return error
            }
        }
        return nil
    }

    /// Requests are a few levels deep; the bound keeps a cyclic class graph from looping.
    static let maxDepth = 16

    private static func walk(_ value: Any, field: String, depth: Int) throws(TextFieldError) {
        if let text = value as? String {
            return try check(text, field: field)
        }
        guard depth < maxDepth else { return }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            for child in mirror.children {
                try walk(child.value, field: child.label.map(snakeCase) ?? field, depth: depth + 1)
            }
        case .optional?, .collection?, .set?, .dictionary?, .tuple?:
            for child in mirror.children {
                try walk(child.value, field: field, depth: depth + 1)
            }
        default:
            return
        }
    }

    /// `houseNumber` → `house_number`, as `HubJSON`'s `convertToSnakeCase` writes it.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase, !result.isEmpty { result += "_" }
            result += character.lowercased()
        }
        return result
    }
}
