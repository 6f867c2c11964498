import ArgumentParser
import Foundation
import HubAPI
import SafeCSV

struct InvoiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invoice", abstract: "Invoices: suppliers per delivery, residents for their own contributions (staff only).",
        subcommands: [Supplier.self, Residents.self, Rates.self, Rate.self]
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

extension InvoiceCommand {
    struct Residents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each resident's month of invoiced own contributions: a printable page per resident and one CSV for the administration."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The month, YYYY-MM.") var month: String
        @Option(help: "Directory for the pages and the CSV (made 0700; default ./statements-YYYY-MM).") var out: String?
        @Option(help: "The CSV's flavour: excel (default) or rfc4180.") var csv: Flavour = .excel
        @Flag(help: "The statements as one JSON document on stdout, nothing written.") var json = false

        func run() async throws {
            let statements: [ResidentStatement] = try await global.client().get(APIRoute.residentStatements, query: ["month": month])
            if json { return try global.printer.json(statements) }
            let directory = out ?? "statements-\(month)"
            try StatementFiles.write(statements, to: directory, dialect: csv.dialect)
            let total = Cents(statements.reduce(0) { $0 + $1.totalCents }).formatted(global.language)
            global.printer.say(
                "\(statements.count) overzicht(en) in \(directory): een pagina per bewoner en administratie.csv; samen \(total)",
                "\(statements.count) statement(s) in \(directory): a page per resident and administration.csv; together \(total)"
            )
        }
    }
}

/// The statements on disk: `statement-NUMBER.html` per resident (no names in file names) and
/// `administration.csv`, all 0600 in a 0700 directory, since they hold names and addresses.
enum StatementFiles {
    static func write(_ statements: [ResidentStatement], to directory: String, dialect: CSVDialect) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for statement in statements {
            try save(try StatementPage.render(statement), to: directory + "/statement-\(statement.residentId).html")
        }
        var records = [["resident", "reference", "name", "postcode", "date", "service", "kind", "amount"]]
        for statement in statements {
            let who = ["\(statement.residentId)", statement.reference ?? "", statement.name, statement.address.postcode]
            records += statement.lines.map { who + [$0.day, $0.service, $0.kind.rawValue, dialect.amount($0.priceCents)] }
            records.append(who + ["total", "", "", dialect.amount(statement.totalCents)])
        }
        try save(dialect.document(records), to: directory + "/administration.csv")
    }

    private static func save(_ text: String, to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("could not write \(path) — check the directory is writable")
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
