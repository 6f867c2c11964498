import Foundation
import HubAPI
import SafeCSV
import Testing
@testable import KioskKit

/// The printable statement: one resident, escaped for HTML, and files only its owner can read.
@Suite struct StatementPageTests {
    static func statement(_ id: Int64, _ name: String, cents: [Int]) -> ResidentStatement {
        ResidentStatement(
            residentId: id, reference: "R\(id)", name: name, address: Address(street: "Brink", houseNumber: "1", postcode: "7411 KT", town: "Deventer"),
            month: "2026-11", lines: cents.map { .init(day: "2026-11-03", service: "Rit naar de huisarts", kind: .ride, priceCents: $0) },
            totalCents: cents.reduce(0, +)
        )
    }

    @Test func aPageEscapesTheNameAndShowsTheDutchTotal() throws {
        let html = try StatementPage.render(Self.statement(7, "Jan <script>alert(1)</script>", cents: [200, 325]))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        #expect(html.contains("november 2026") && html.contains("3-11-2026") && html.contains("5,25") && html.contains("klantnummer R7"))
        #expect(html.contains("font-size: 20px"))
    }

    @Test func filesNameNoOneAndEachPageHoldsOneResident() throws {
        let directory = NSTemporaryDirectory() + "bh-statements-" + UUID().uuidString
        let statements = [Self.statement(1, "Jan de Vries", cents: [200]), Self.statement(2, "Ria Jansen", cents: [325, 100])]
        try StatementFiles.write(statements, to: directory, dialect: .rfc4180)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["administration.csv", "statement-1.html", "statement-2.html"])
        let jan = try String(contentsOfFile: directory + "/statement-1.html", encoding: .utf8)
        #expect(jan.contains("Jan de Vries") && !jan.contains("Ria"))
        for name in names {
            let mode = try FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
        let csv = try String(contentsOfFile: directory + "/administration.csv", encoding: .utf8)
        #expect(csv.contains("2,R2,Ria Jansen,7411 KT,total,,,4.25\r\n"))
    }
}
