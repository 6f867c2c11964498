import Foundation
@testable import Inventory

/// Supplier manifests as uploaded: CSV (comma or semicolon, with a header naming the columns)
/// and JSON (a list, or an object with `parcels`).
///
/// Promises: every loaded row has a barcode that passes `Barcode.validated` unchanged, a
/// resident, text within `TextRules` that an export keeps in one cell, a line inside the file,
/// and a barcode no other row has; every refusal names a line; the loaded rows written out again
/// load as the same rows.
enum ManifestFuzz {
    static func runCSV(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let result = ManifestParser.parse(text, format: .csv)
        check(result, lines: InventoryChecks.lineCount(text))
        let rows = result.rows
        guard !rows.isEmpty else { return }
        let written = "barcode,resident,supplier\n" + rows.map { row in
            [row.barcode, row.resident, row.supplier ?? ""].map(InventoryChecks.quoted).joined(separator: ",")
        }.joined(separator: "\n")
        let again = ManifestParser.parse(written, format: .csv)
        require(again.errors.isEmpty, "loaded rows written out again are refused: \(again.errors)")
        require(same(again.rows, rows), "loaded rows written out again load as \(again.rows), not \(rows)")
    }

    static func runJSON(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let result = ManifestParser.parse(text, format: .json)
        check(result, lines: InventoryChecks.lineCount(text))
        let lines = ManifestJSONParser.elementLines(text)
        require(zip(lines, lines.dropFirst()).allSatisfy { $0 <= $1 }, "element lines go backwards: \(lines)")
        let rows = result.rows
        guard !rows.isEmpty else { return }
        let objects: [[String: String]] = rows.map { row in
            var object = ["barcode": row.barcode, "resident": row.resident]
            object["supplier"] = row.supplier
            return object
        }
        guard let data = try? JSONSerialization.data(withJSONObject: objects) else {
            fatalError("loaded rows cannot be written as JSON: \(rows)")
        }
        let again = ManifestParser.parse(String(decoding: data, as: UTF8.self), format: .json)
        require(again.errors.isEmpty, "loaded rows written out again are refused: \(again.errors)")
        require(same(again.rows, rows), "loaded rows written out again load as \(again.rows), not \(rows)")
    }

    static func check(_ result: ManifestParser.Result, lines: Int) {
        var barcodes: Set<String> = []
        for row in result.rows {
            require((1...lines).contains(row.line), "a row on line \(row.line) of \(lines)")
            require((try? Barcode.validated(row.barcode)) == row.barcode, "barcode \(Array(row.barcode.unicodeScalars)) is not valid as loaded")
            require(!row.resident.isEmpty, "a row without a resident on line \(row.line)")
            InventoryChecks.checkText(row.resident, field: "resident")
            InventoryChecks.checkText(row.supplier, field: "supplier")
            InventoryChecks.checkExport(row.resident)
            InventoryChecks.checkExport(row.supplier)
            require(barcodes.insert(row.barcode).inserted, "barcode \(row.barcode) loaded twice")
        }
        for error in result.errors {
            InventoryChecks.check(error, lines: lines)
        }
    }

    /// The same parcels, whatever lines they came from.
    static func same(_ left: [ManifestRow], _ right: [ManifestRow]) -> Bool {
        left.map { [$0.barcode, $0.resident, $0.supplier ?? ""] } == right.map { [$0.barcode, $0.resident, $0.supplier ?? ""] }
    }
}
