import Foundation
import SafeCSV

/// Reads a manifest into rows, reporting each bad row by line and keeping the good ones.
public enum ManifestParser {
    public struct Result: Sendable, Equatable {
        public var rows: [ManifestRow]
        public var errors: [ManifestRowError]
    }

    public static func parse(_ content: String, format: ManifestFormat) -> Result {
        switch format {
        case .csv: parseCSV(content)
        case .json: ManifestJSONParser.parse(content)
        }
    }

    static let barcodeColumns = ["barcode", "code", "zending", "zendingnummer"]
    static let residentColumns = ["resident", "reference", "resident_reference", "bewoner", "klantnummer"]
    static let supplierColumns = ["supplier", "leverancier"]

    /// Dutch spreadsheet exports use `;`, so the header line decides the delimiter.
    static func parseCSV(_ content: String) -> Result {
        let text = content.hasPrefix("\u{FEFF}") ? String(content.dropFirst()) : content
        let headerLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let delimiter: UnicodeScalar = headerLine.contains(";") && !headerLine.contains(",") ? ";" : ","
        var reader = CSVRecordReader(text, delimiter: delimiter)
        let header = reader.headerRow() ?? []
        guard let barcodeIndex = header.firstIndex(where: barcodeColumns.contains),
              let residentIndex = header.firstIndex(where: residentColumns.contains)
        else {
            return Result(rows: [], errors: [missingHeader])
        }
        let supplierIndex = header.firstIndex(where: supplierColumns.contains)
        var result = Result(rows: [], errors: [])
        while let next = reader.next() {
            switch next {
            case .failure(let refusal):
                result.errors.append(ManifestRowError(line: refusal.line, nl: refusal.dutch, en: refusal.english))
            case .success(let record):
                let fields = record.fields
                if fields.allSatisfy(\.isEmpty) { continue }
                let value = { (index: Int) in index < fields.count ? fields[index] : "" }
                let supplier = supplierIndex.map(value).flatMap { $0.isEmpty ? nil : $0 }
                collect(line: record.line, barcode: value(barcodeIndex), resident: value(residentIndex), supplier: supplier, into: &result)
            }
        }
        return result
    }

    static func collect(line: Int, barcode: String, resident: String, supplier: String?, into result: inout Result) {
        if let refused = TextRules.refusal(["barcode": barcode, "resident": resident, "supplier": supplier]) {
            result.errors.append(ManifestRowError(line: line, refused.text))
            return
        }
        do throws(InventoryError) {
            let code = try Barcode.validated(barcode)
            let who = resident.trimmingCharacters(in: .whitespaces)
            guard !who.isEmpty else {
                result.errors.append(ManifestRowError(
                    line: line,
                    nl: "geen bewoner bij barcode \(code) — vul de bewonerreferentie in",
                    en: "no resident for barcode \(code) — fill in the resident reference"
                ))
                return
            }
            if let earlier = result.rows.first(where: { $0.barcode == code }) {
                result.errors.append(ManifestRowError(
                    line: line,
                    nl: "barcode \(code) staat al op regel \(earlier.line) — deze regel is overgeslagen",
                    en: "barcode \(code) is already on line \(earlier.line) — this line was skipped"
                ))
                return
            }
            result.rows.append(ManifestRow(line: line, barcode: code, resident: who, supplier: supplier))
        } catch {
            result.errors.append(ManifestRowError(line: line, error.text))
        }
    }

    static let missingHeader = ManifestRowError(
        line: 1,
        nl: "eerste regel moet kolomnamen hebben, minstens 'barcode' en 'resident' (of 'bewoner')",
        en: "the first line must name the columns, at least 'barcode' and 'resident'"
    )
}
