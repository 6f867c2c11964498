import Foundation

extension ArticleStore {
    /// Bounds that keep loan dates (weeks × 7 days) and stock sums far from overflow.
    static let maximumLoanWeeks = 520
    static let maximumLevel = 100_000

    /// An article whose fields passed every check, ready to insert.
    struct Checked: Sendable {
        var article: Article
        var gtins: [String]
    }

    /// Checks before anything is written, so a refusal loses nothing.
    static func checked(_ fields: ArticleFields, rules: StockRules) throws(InventoryError) -> Checked {
        let number = fields.number.trimmingCharacters(in: .whitespaces)
        let name = fields.name.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { throw missing(nl: "artikelnummer", en: "article number") }
        guard !name.isEmpty else { throw missing(nl: "naam", en: "name") }
        guard !fields.gtins.isEmpty else { throw missing(nl: "GTIN", en: "GTIN") }
        var gtins: [String] = []
        for raw in fields.gtins {
            let gtin = try GTIN.validated(raw)
            if !gtins.contains(gtin) { gtins.append(gtin) }
        }
        guard fields.minimumLevel >= 0, fields.targetLevel >= fields.minimumLevel, fields.targetLevel <= maximumLevel else {
            throw InventoryError(
                .invalidInput,
                nl: "minimum \(fields.minimumLevel) en streefniveau \(fields.targetLevel) kloppen niet — het minimum is 0 of meer, het streefniveau minstens het minimum en hoogstens \(maximumLevel)",
                en: "minimum \(fields.minimumLevel) and target \(fields.targetLevel) do not fit — the minimum is 0 or more, the target at least the minimum and at most \(maximumLevel)"
            )
        }
        let term = fields.loanWeeks ?? rules.defaultLoanWeeks
        let maximum = fields.maxLoanWeeks ?? max(rules.maximumLoanWeeks, term)
        guard term > 0, maximum >= term, maximum <= maximumLoanWeeks else {
            throw InventoryError(
                .invalidInput,
                nl: "uitleentermijn \(term) weken en maximum \(maximum) weken kloppen niet — de termijn is minstens 1 week, het maximum minstens de termijn en hoogstens \(maximumLoanWeeks)",
                en: "loan term \(term) weeks and maximum \(maximum) weeks do not fit — the term is at least 1 week, the maximum at least the term and at most \(maximumLoanWeeks)"
            )
        }
        let category = fields.category.trimmingCharacters(in: .whitespaces)
        let article = Article(
            number: number, name: name, category: category.isEmpty ? "-" : category, kind: fields.kind,
            minimumLevel: fields.minimumLevel, targetLevel: fields.targetLevel,
            loanWeeks: term, maxLoanWeeks: maximum, createdAt: Date(timeIntervalSince1970: 0)
        )
        return Checked(article: article, gtins: gtins)
    }

    private static func missing(nl: String, en: String) -> InventoryError {
        InventoryError(.invalidInput, nl: "\(nl) ontbreekt — vul het in", en: "\(en) is missing — fill it in")
    }
}
