import HubAPI
import SafeCSV
import Testing
@testable import KioskKit

/// The invoice in both CSV flavours: Dutch Excel and RFC 4180, with the same exact total.
@Suite struct SupplierInvoiceCSVTests {
    let invoice = SupplierInvoice(
        supplierId: "vegro", supplierName: "Vegro", month: "2026-11", rateCents: 1_250,
        lines: [.init(day: "2026-11-03", barcode: "VG00000001", outcome: "contact", postcode: "7423 AB"),
                .init(day: "2026-11-03", barcode: "=VG;2", outcome: "letterbox", postcode: "7411 KT")],
        totalCents: 2_500, closedAt: nil
    )

    @Test func excelGetsSemicolonsADecimalCommaAndAByteOrderMark() {
        let text = SupplierInvoiceCSV.render(invoice, .excelNL)
        #expect(text.hasPrefix("\u{FEFF}supplier;month;date;barcode;outcome;postcode;amount\r\n"))
        #expect(text.contains("vegro;2026-11;2026-11-03;VG00000001;contact;7423 AB;12,50\r\n"))
        #expect(text.contains("\"'=VG;2\""), "a formula is guarded and a cell with ; is quoted")
        #expect(text.hasSuffix("vegro;2026-11;total;2 deliveries;;;25,00\r\n"))
    }

    @Test func rfc4180GetsCommasAndADecimalPoint() {
        let text = SupplierInvoiceCSV.render(invoice, .rfc4180)
        #expect(!text.hasPrefix("\u{FEFF}"))
        #expect(text.contains("vegro,2026-11,2026-11-03,VG00000001,contact,7423 AB,12.50\r\n"))
        #expect(text.hasSuffix("vegro,2026-11,total,2 deliveries,,,25.00\r\n"))
    }
}
