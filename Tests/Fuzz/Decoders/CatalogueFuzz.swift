import Foundation
@testable import Inventory

/// Vegro's article catalogue as uploaded: CSV with a header naming at least number, gtin, name
/// and kind.
///
/// Promises: each parsed row's text is within `TextRules`, its GTIN cells are non-empty and
/// trimmed, its counts are whole and not negative, and it sits on a line of the file, in order;
/// every refusal names a line; the parsed rows written out again parse as the same fields.
enum CatalogueFuzz {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = InventoryChecks.lineCount(text)
        let (rows, errors) = CatalogueCSV.parse(text)
        for error in errors {
            InventoryChecks.check(error, lines: lines)
        }
        var previous = 1
        for (line, fields) in rows {
            require(line > previous && line <= lines, "a row on line \(line) after \(previous), of \(lines)")
            previous = line
            check(fields)
        }
        guard !rows.isEmpty else { return }
        let written = "number,gtin,name,category,kind,minimum,target,loan_weeks\n" + rows.map { _, fields in
            [
                fields.number, fields.gtins.joined(separator: "|"), fields.name, fields.category, fields.kind.rawValue,
                String(fields.minimumLevel), String(fields.targetLevel), fields.loanWeeks.map(String.init) ?? "",
            ].map(InventoryChecks.quoted).joined(separator: ",")
        }.joined(separator: "\n")
        let again = CatalogueCSV.parse(written)
        require(again.errors.isEmpty, "parsed rows written out again are refused: \(again.errors)")
        require(again.rows.map(\.1) == rows.map(\.1), "parsed rows written out again parse as \(again.rows.map(\.1)), not \(rows.map(\.1))")
    }

    static func check(_ fields: ArticleFields) {
        InventoryChecks.checkText(fields.number, field: "number")
        InventoryChecks.checkText(fields.name, field: "name")
        InventoryChecks.checkText(fields.category, field: "category")
        InventoryChecks.checkExport(fields.name)
        for gtin in fields.gtins {
            require(!gtin.isEmpty && gtin == gtin.trimmingCharacters(in: .whitespaces), "GTIN cell \(Array(gtin.unicodeScalars))")
            require(!gtin.contains("|"), "GTIN cell \(gtin) holds the separator")
        }
        require(fields.minimumLevel >= 0 && fields.targetLevel >= 0 && (fields.loanWeeks ?? 0) >= 0, "a negative count in \(fields)")
    }
}
