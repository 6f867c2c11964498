import Foundation
import Inventory
import TOMLKit

/// Reads central's reference file (`hubcentral reference load FILE`): `[[suppliers]]` written as
/// in hubd.toml, `[[services]]` and `[[articles]]`, every item checked as a hub will check it,
/// every problem reported at once with its line, like hubd.toml's.
public enum ReferenceLoader {
    public static func load(path: String) throws(ConfigError) -> [ReferenceItem] {
        let bytes = try ConfigLoader.readBytes(path: path)
        return try parse(bytes: bytes, file: path)
    }

    public static func parse(text: String, file: String) throws(ConfigError) -> [ReferenceItem] {
        try parse(bytes: Array(text.utf8), file: file)
    }

    static func parse(bytes: [UInt8], file: String) throws(ConfigError) -> [ReferenceItem] {
        let text = try ConfigLoader.guardedText(bytes, file: file)
        let root = try ConfigLoader.parseTOML(text: text, file: file)
        var parser = ConfigParser(file: file, text: text, pathExists: { _ in true })
        let items = parser.parseReference(root)
        guard parser.issues.isEmpty else {
            throw ConfigError(issues: ConfigLoader.inLineOrder(parser.issues))
        }
        return items
    }
}

extension ConfigParser {
    static let referenceTables = ["suppliers", "services", "articles"]
    static let serviceKeys = ["code", "kind", "name", "destination", "price", "max_price", "payment", "position", "active"]
    static let articleKeys = ["number", "gtins", "name", "category", "kind", "minimum", "target", "loan_weeks", "max_loan_weeks"]

    mutating func parseReference(_ root: TOMLTable) -> [ReferenceItem] {
        for key in root.keys.sorted() {
            guard let value = root[key] else { continue }
            if Self.referenceTables.contains(key) {
                checkArrayOfTables(value, named: key)
            } else {
                report(.unknownTable, line: locator.line(of: key, in: .root), key: key, "a reference file holds only [[suppliers]], [[services]] and [[articles]] blocks")
            }
        }
        var items = parseReferenceSuppliers(tables(named: "suppliers", in: root))
        items += parseServices(tables(named: "services", in: root))
        items += parseArticles(tables(named: "articles", in: root))
        if items.isEmpty && issues.isEmpty {
            report(.missingKey, line: nil, key: nil, "the file holds no [[suppliers]], [[services]] or [[articles]]: nothing to load")
        }
        return items
    }

    /// Suppliers as hubd.toml writes them, then the checks a hub makes on central's items.
    private mutating func parseReferenceSuppliers(_ blocks: (tables: [TOMLTable], inlineLine: Int?)) -> [ReferenceItem] {
        let suppliers = parseSuppliers(blocks)
        var items: [ReferenceItem] = []
        for (index, supplier) in suppliers.enumerated() {
            guard let table = blocks.tables.dropFirst(index).first else { continue }
            var reader = reader(for: table, in: .arrayTable("suppliers", index: index), fallbackLine: blocks.inlineLine)
            items += checked(.supplier(supplier), reader: &reader)
            absorb(reader)
        }
        return items
    }

    private mutating func parseServices(_ blocks: (tables: [TOMLTable], inlineLine: Int?)) -> [ReferenceItem] {
        var codes = UniquenessTracker(noun: "service code")
        var items: [ReferenceItem] = []
        for (index, table) in blocks.tables.enumerated() {
            var reader = reader(for: table, in: .arrayTable("services", index: index), fallbackLine: blocks.inlineLine)
            reader.rejectUnknownKeys(known: Self.serviceKeys)
            for key in ["code", "kind", "name", "price", "payment"] { reader.requireKey(key) }
            let code = reader.nonEmptyString("code")
            if let code { codes.claim(code.trimmingCharacters(in: .whitespaces).lowercased(), key: "code", reader: &reader) }
            let kind = reader.choice("kind", as: ServiceKind.self)
            let name = reader.nonEmptyString("name")
            let destination = reader.nonEmptyString("destination")
            let price = reader.nonEmptyString("price")
            let maxPrice = reader.nonEmptyString("max_price")
            let payment = reader.choice("payment", as: PaymentMethod.self)
            let position = reader.nonNegativeInt("position")
            let active = reader.bool("active") ?? true
            if let code, let kind, let name, let price, let payment {
                let item = ReferenceItem.service(
                    ServiceFields(code: code, kind: kind, name: name, destination: destination, price: price, maxPrice: maxPrice, payment: payment, position: position),
                    active: active
                )
                items += checked(item, reader: &reader)
            }
            absorb(reader)
        }
        return items
    }

    private mutating func parseArticles(_ blocks: (tables: [TOMLTable], inlineLine: Int?)) -> [ReferenceItem] {
        var numbers = UniquenessTracker(noun: "article number")
        var items: [ReferenceItem] = []
        for (index, table) in blocks.tables.enumerated() {
            var reader = reader(for: table, in: .arrayTable("articles", index: index), fallbackLine: blocks.inlineLine)
            reader.rejectUnknownKeys(known: Self.articleKeys)
            for key in ["number", "gtins", "name", "kind"] { reader.requireKey(key) }
            let number = reader.nonEmptyString("number")
            if let number { numbers.claim(number.trimmingCharacters(in: .whitespaces), key: "number", reader: &reader) }
            let gtins = reader.stringArray("gtins")
            let name = reader.nonEmptyString("name")
            let category = reader.nonEmptyString("category") ?? ""
            let kind = reader.choice("kind", as: ArticleKind.self)
            let minimum = reader.nonNegativeInt("minimum") ?? 0
            let target = reader.nonNegativeInt("target") ?? minimum
            let loanWeeks = reader.positiveInt("loan_weeks")
            let maxLoanWeeks = reader.positiveInt("max_loan_weeks")
            if let number, let gtins, let name, let kind {
                let item = ReferenceItem.article(ArticleFields(
                    number: number, gtins: gtins, name: name, category: category, kind: kind,
                    minimumLevel: minimum, targetLevel: target, loanWeeks: loanWeeks, maxLoanWeeks: maxLoanWeeks
                ))
                items += checked(item, reader: &reader)
            }
            absorb(reader)
        }
        return items
    }

    /// The item, or nothing and the hub's own refusal reported at the block.
    private func checked(_ item: ReferenceItem, reader: inout TableReader) -> [ReferenceItem] {
        do {
            try item.check()
            return [item]
        } catch {
            reader.report(.invalidValue, key: nil, error.text.en)
            return []
        }
    }
}
