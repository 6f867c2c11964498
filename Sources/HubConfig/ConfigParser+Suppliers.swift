import Inventory
import TOMLKit

extension ConfigParser {
    mutating func parseSuppliers(_ blocks: (tables: [TOMLTable], inlineLine: Int?)) -> [Supplier] {
        var ids = UniquenessTracker(noun: "supplier id")
        var suppliers: [Supplier] = []
        for (index, table) in blocks.tables.enumerated() {
            var reader = reader(for: table, in: .arrayTable("suppliers", index: index), fallbackLine: blocks.inlineLine)
            reader.rejectUnknownKeys(known: ConfigVocabulary.supplierKeys)
            for key in ["id", "name", "patterns"] { reader.requireKey(key) }
            let id = readSupplierID(reader: &reader)
            if let id { ids.claim(id, key: "id", reader: &reader) }
            let name = reader.nonEmptyString("name")
            let patterns = readPatterns(reader: &reader)
            let coldChain = reader.bool("cold_chain") ?? false
            let medication = reader.bool("medication") ?? false
            let rate = readRate(reader: &reader)
            absorb(reader)
            guard let id, let name, let patterns else { continue }
            suppliers.append(Supplier(id: id, name: name, patterns: patterns, coldChain: coldChain, medication: medication, rateCents: rate))
        }
        return suppliers
    }

    /// The rate per delivered parcel, written as money: "2,50" or "2.50".
    private func readRate(reader: inout TableReader) -> Int? {
        guard let text = reader.nonEmptyString("rate") else { return nil }
        guard let cents = try? Cents.parse(text), cents.value > 0 else {
            reader.report(.invalidValue, key: "rate", "must be an amount per delivery like \"2,50\", found \"\(text.prefix(40))\"")
            return nil
        }
        return cents.value
    }

    /// Ids end up in URLs, CSV exports and CLI arguments, hence the narrow alphabet.
    private func readSupplierID(reader: inout TableReader) -> String? {
        guard let id = reader.nonEmptyString("id") else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed else {
            reader.report(.invalidValue, key: "id", "must use only a-z, 0-9 and '-', found \"\(id)\"")
            return nil
        }
        guard id != Supplier.unknownID else {
            reader.report(.invalidValue, key: "id", "\"\(Supplier.unknownID)\" is reserved for parcels no pattern matches")
            return nil
        }
        return id
    }

    private func readPatterns(reader: inout TableReader) -> [SupplierPattern]? {
        guard let sources = reader.stringArray("patterns") else { return nil }
        guard !sources.isEmpty else {
            reader.report(.invalidValue, key: "patterns", "needs at least one pattern, such as \"^VG[0-9]{8}$\"")
            return nil
        }
        var patterns: [SupplierPattern] = []
        for (index, source) in sources.enumerated() {
            do {
                patterns.append(try SupplierPattern(source))
            } catch {
                reader.report(.invalidPattern, key: "patterns", "pattern #\(index + 1) \(error)")
            }
        }
        return patterns.count == sources.count ? patterns : nil
    }
}
