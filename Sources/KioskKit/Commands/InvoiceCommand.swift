import ArgumentParser
import Foundation
import HubAPI
import SafeCSV

struct InvoiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice", abstract: "Invoices from the hub's deliveries (staff only).", subcommands: [Supplier.self]
    )

    enum Flavour: String, ExpressibleByArgument, CaseIterable {
        case excel, rfc4180
        var dialect: CSVDialect { self == .excel ? .excelNL : .rfc4180 }
    }

    struct Supplier: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A supplier's month: one line per delivered parcel (date, barcode, outcome, postcode) and the total."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The supplier's id from [[suppliers]].") var supplier: String
        @Argument(help: "The month, YYYY-MM.") var month: String
        @Option(help: "CSV instead of text: excel (; and decimal comma, for Dutch Excel) or rfc4180.") var csv: Flavour?
        @Flag(help: "One JSON document on stdout.") var json = false

        func run() async throws {
            let invoice: SupplierInvoice = try await global.client().get(APIRoute.supplierInvoice, query: ["supplier": supplier, "month": month])
            if json { return try global.printer.json(invoice) }
            if let csv { return Printer.document(SupplierInvoiceCSV.render(invoice, csv.dialect)) }
            let p = global.printer
            let money = { (cents: Int) in Cents(cents).formatted(p.language) }
            p.say("\(invoice.supplierName) — \(invoice.month), \(money(invoice.rateCents)) per levering", "\(invoice.supplierName) — \(invoice.month), \(money(invoice.rateCents)) per delivery")
            Printer.line(TextTable.render(
                [p.text("datum", "date"), "barcode", p.text("uitkomst", "outcome"), "postcode"],
                invoice.lines.map { [$0.day, $0.barcode, $0.outcome, $0.postcode] }
            ))
            p.say("\(invoice.lines.count) leveringen, totaal \(money(invoice.totalCents))", "\(invoice.lines.count) deliveries, total \(money(invoice.totalCents))")
            if invoice.closedAt != nil { p.say("maand afgesloten: deze factuur verandert niet meer", "month closed: this invoice no longer changes") }
        }
    }
}

/// The invoice as a spreadsheet reads it: a line per delivery and a total row, amounts exact.
enum SupplierInvoiceCSV {
    static func render(_ invoice: SupplierInvoice, _ dialect: CSVDialect) -> String {
        var records = [["supplier", "month", "date", "barcode", "outcome", "postcode", "amount"]]
        records += invoice.lines.map { line in
            [invoice.supplierId, invoice.month, line.day, line.barcode, line.outcome, line.postcode, dialect.amount(invoice.rateCents)]
        }
        records.append([invoice.supplierId, invoice.month, "total", "\(invoice.lines.count) deliveries", "", "", dialect.amount(invoice.totalCents)])
        return dialect.document(records)
    }
}
