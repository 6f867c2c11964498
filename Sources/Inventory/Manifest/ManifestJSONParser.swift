import Foundation

/// JSON manifests: `[{"barcode": …, "resident": …}]` or `{"supplier": …, "parcels": [...]}`.
/// JSONSerialization gives no positions, so each element's line is found by a small scan.
enum ManifestJSONParser {
    static func parse(_ content: String) -> ManifestParser.Result {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(content.utf8))
        } catch {
            return .init(rows: [], errors: [ManifestRowError(
                line: 1,
                nl: "geen geldige JSON — controleer komma's en haakjes, of lever CSV aan",
                en: "not valid JSON — check commas and brackets, or supply CSV"
            )])
        }
        let (elements, fileSupplier) = unwrap(object)
        guard let elements else {
            return .init(rows: [], errors: [ManifestRowError(
                line: 1,
                nl: "verwacht een lijst van pakketten: [{\"barcode\": ..., \"resident\": ...}]",
                en: "expected a list of parcels: [{\"barcode\": ..., \"resident\": ...}]"
            )])
        }
        let lines = elementLines(content)
        var result = ManifestParser.Result(rows: [], errors: [])
        for (index, element) in elements.enumerated() {
            let line = index < lines.count ? lines[index] : 1
            guard let entry = element as? [String: Any] else {
                result.errors.append(ManifestRowError(line: line, nl: "element \(index + 1) is geen object", en: "element \(index + 1) is not an object"))
                continue
            }
            let supplier = text(entry["supplier"]) ?? fileSupplier
            ManifestParser.collect(
                line: line, barcode: text(entry["barcode"]) ?? "",
                resident: text(entry["resident"] ?? entry["reference"]) ?? "", supplier: supplier, into: &result
            )
        }
        return result
    }

    private static func unwrap(_ object: Any) -> ([Any]?, String?) {
        if let array = object as? [Any] { return (array, nil) }
        if let dict = object as? [String: Any], let parcels = dict["parcels"] as? [Any] {
            return (parcels, text(dict["supplier"]))
        }
        return (nil, nil)
    }

    /// Numbers are accepted for references, since exports often write them unquoted.
    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    /// The line on which each element of the parcel array starts.
    static func elementLines(_ content: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var arrayDepth: Int?
        var inString = false
        var escaped = false
        var expectElement = false
        for byte in content.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if expectElement, depth == arrayDepth { lines.append(line); expectElement = false }
                depth += 1
                if byte == UInt8(ascii: "["), arrayDepth == nil { arrayDepth = depth; expectElement = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            case UInt8(ascii: ","):
                if depth == arrayDepth { expectElement = true }
            default:
                break
            }
        }
        return lines
    }
}
