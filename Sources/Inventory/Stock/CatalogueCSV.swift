import Foundation
import SafeCSV

/// Reads Vegro's catalogue CSV into article fields by line, apart from the store, so the
/// parsing can be tested and fuzzed without a database.
enum CatalogueCSV {
    static let numberColumns = ["number", "article", "artikelnummer", "artikel"]
    static let gtinColumns = ["gtin", "gtins", "ean"]
    static let nameColumns = ["name", "naam", "omschrijving"]
    static let categoryColumns = ["category", "categorie"]
    static let kindColumns = ["kind", "soort"]
    static let minimumColumns = ["minimum", "min"]
    static let targetColumns = ["target", "streef", "maximum"]
    static let termColumns = ["loan_weeks", "termijn"]

    /// Dutch spreadsheet exports use `;`, so the header line decides the delimiter.
    static func parse(_ content: String) -> (rows: [(Int, ArticleFields)], errors: [ManifestRowError]) {
        let text = content.hasPrefix("\u{FEFF}") ? String(content.dropFirst()) : content
        let headerLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let delimiter: UnicodeScalar = headerLine.contains(";") && !headerLine.contains(",") ? ";" : ","
        var reader = CSVRecordReader(text, delimiter: delimiter)
        let header = reader.headerRow() ?? []
        guard let numberIndex = header.firstIndex(where: numberColumns.contains),
              let gtinIndex = header.firstIndex(where: gtinColumns.contains),
              let nameIndex = header.firstIndex(where: nameColumns.contains),
              let kindIndex = header.firstIndex(where: kindColumns.contains)
        else {
            return ([], [ManifestRowError(
                line: 1,
                nl: "eerste regel moet kolomnamen hebben: number, gtin, name, kind (en eventueel category, minimum, target, loan_weeks)",
                en: "the first line must name the columns: number, gtin, name, kind (and optionally category, minimum, target, loan_weeks)"
            )])
        }
        let optional = { (names: [String]) in header.firstIndex(where: names.contains) }
        let columns = CatalogueColumns(
            number: numberIndex, gtin: gtinIndex, name: nameIndex, kind: kindIndex, category: optional(categoryColumns),
            minimum: optional(minimumColumns), target: optional(targetColumns), term: optional(termColumns)
        )
        var rows: [(Int, ArticleFields)] = []
        var errors: [ManifestRowError] = []
        while let next = reader.next() {
            switch next {
            case .failure(let refusal):
                errors.append(ManifestRowError(line: refusal.line, nl: refusal.dutch, en: refusal.english))
            case .success(let record):
                if record.fields.allSatisfy(\.isEmpty) { continue }
                if let refused = columns.refusal(record.fields) {
                    errors.append(ManifestRowError(line: record.line, refused.text))
                    continue
                }
                do throws(InventoryError) {
                    rows.append((record.line, try columns.fields(record.fields)))
                } catch {
                    errors.append(ManifestRowError(line: record.line, error.text))
                }
            }
        }
        return (rows, errors)
    }
}

/// Where each field sits in the catalogue's header.
struct CatalogueColumns {
    var number: Int, gtin: Int, name: Int, kind: Int
    var category: Int?, minimum: Int?, target: Int?, term: Int?

    /// The row's free-text cells held to `TextRules`, named as the API names them.
    func refusal(_ row: [String]) -> TextFieldError? {
        let cell = { (index: Int?) -> String? in
            guard let index, index < row.count else { return nil }
            return row[index]
        }
        return TextRules.refusal(["number": cell(number), "gtin": cell(gtin), "name": cell(name), "category": cell(category)])
    }

    func fields(_ row: [String]) throws(InventoryError) -> ArticleFields {
        let value = { (index: Int?) -> String in
            guard let index, index < row.count else { return "" }
            return row[index]
        }
        guard let kind = ArticleKind(rawValue: value(kind).lowercased()) else {
            throw InventoryError(
                .invalidInput,
                nl: "soort '\(value(kind))' onbekend — gebruik loan, consumable of hygiene",
                en: "kind '\(value(kind))' unknown — use loan, consumable or hygiene"
            )
        }
        let gtins = value(gtin).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return ArticleFields(
            number: value(number), gtins: gtins, name: value(name), category: value(category), kind: kind,
            minimumLevel: try Self.count(value(minimum), "minimum"), targetLevel: try Self.count(value(target), "target"),
            loanWeeks: value(term).isEmpty ? nil : try Self.count(value(term), "loan_weeks")
        )
    }

    private static func count(_ text: String, _ column: String) throws(InventoryError) -> Int {
        if text.isEmpty { return 0 }
        guard let number = Int(text), number >= 0 else {
            throw InventoryError(
                .invalidInput,
                nl: "\(column) '\(text)' is geen heel getal — vul een aantal in",
                en: "\(column) '\(text)' is not a whole number — fill in a count"
            )
        }
        return number
    }
}
