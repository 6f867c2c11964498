import Foundation
import HubAPI
import Mustache

/// A resident's printable month statement, in Dutch, for someone who reads with difficulty:
/// large type, one service a line, the total last. Rendered by swift-mustache, whose `{{ }}`
/// escapes every value for HTML, so a name like `<b>` prints as written.
enum StatementPage {
    static let template = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <title>Maandoverzicht {{month}} — {{name}}</title>
        <style>
        body { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; max-width: 42em; margin: 2em auto; color: #000; }
        h1 { font-size: 28px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 0.3em 0.6em; border-bottom: 1px solid #555; }
        td.amount, th.amount { text-align: right; }
        tfoot td { font-weight: bold; border-top: 2px solid #000; }
        @media print { body { margin: 0; } }
        </style>
        </head>
        <body>
        <p>{{name}}<br>{{street}} {{houseNumber}}<br>{{postcode}} {{town}}</p>
        <h1>Eigen bijdragen {{monthName}}</h1>
        <p>Deze bijdragen komen op uw maandfactuur{{#reference}} (klantnummer {{reference}}){{/reference}}.</p>
        <table>
        <thead><tr><th>Datum</th><th>Wat</th><th class="amount">Bedrag</th></tr></thead>
        <tbody>
        {{#lines}}<tr><td>{{day}}</td><td>{{service}}</td><td class="amount">{{amount}}</td></tr>
        {{/lines}}
        </tbody>
        <tfoot><tr><td colspan="2">Totaal</td><td class="amount">{{total}}</td></tr></tfoot>
        </table>
        </body>
        </html>
        """

    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

    /// Parsed once for all the month's statements; a parse error is kept and thrown at each use.
    static let page = Result { try MustacheTemplate(string: template) }

    static func render(_ statement: ResidentStatement) throws -> String {
        let page = try page.get()
        let monthNumber = Int(statement.month.suffix(2)) ?? 1
        let context: [String: Any] = [
            "name": statement.name, "street": statement.address.street, "houseNumber": statement.address.houseNumber,
            "postcode": statement.address.postcode, "town": statement.address.town, "month": statement.month,
            "monthName": "\(months[max(0, min(11, monthNumber - 1))]) \(statement.month.prefix(4))",
            "reference": statement.reference as Any,
            "lines": statement.lines.map { ["day": dutchDate($0.day), "service": $0.service, "amount": Cents($0.priceCents).formatted(.nl)] },
            "total": Cents(statement.totalCents).formatted(.nl),
        ]
        return page.render(context)
    }

    /// "2026-11-03" → "3-11-2026", as Dutch letters write it.
    static func dutchDate(_ day: String) -> String {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let dayNumber = Int(parts[2]), let month = Int(parts[1]) else { return day }
        return "\(dayNumber)-\(month)-\(parts[0])"
    }
}
