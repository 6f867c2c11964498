import Foundation
import Testing
import GRDB
@testable import Inventory

/// Stock stores and a small Vegro catalogue on the test database.
extension TestHub {
    static let rollatorGTIN = "8712345000011"
    static let gauzeGTIN = "8712345000028"
    static let padsGTIN = "8712345000035"
    static let chairGTIN = "8712345000042"
    static let unknownGTIN = "8712345000059"

    var articles: ArticleStore { ArticleStore(database: database, calendar: calendar) }
    var stock: StockStore { StockStore(database: database, calendar: calendar) }

    /// A rollator (loan), gauze (consumable), incontinence pads (hygiene) and a shower chair (loan).
    func addCatalogue() async throws -> (rollator: Article, gauze: Article, pads: Article, chair: Article) {
        let actor = Self.concierge
        let rollator = try await articles.add(
            ArticleFields(number: "VG-100", gtins: [Self.rollatorGTIN], name: "Rollator", category: "mobility", kind: .loan, minimumLevel: 2, targetLevel: 4),
            by: actor
        )
        let gauze = try await articles.add(
            ArticleFields(number: "VG-200", gtins: [Self.gauzeGTIN], name: "Gauze", category: "wound care", kind: .consumable, minimumLevel: 10, targetLevel: 30),
            by: actor
        )
        let pads = try await articles.add(
            ArticleFields(number: "VG-300", gtins: [Self.padsGTIN], name: "Pads", category: "hygiene", kind: .hygiene, minimumLevel: 0, targetLevel: 0),
            by: actor
        )
        let chair = try await articles.add(
            ArticleFields(number: "VG-400", gtins: [Self.chairGTIN], name: "Shower chair", category: "bathroom", kind: .loan, minimumLevel: 1, targetLevel: 2),
            by: actor
        )
        return (rollator, gauze, pads, chair)
    }

    @discardableResult
    func book(_ mode: StockMode, _ lines: [StockLine]) async throws -> StockBookingResult {
        try await stock.book(StockBatch(mode: mode, lines: lines), by: Self.concierge, device: "desk-scanner")
    }

    static func unit(_ gtin: String, _ serial: String) -> StockLine { StockLine(gtin: gtin, serial: serial) }

    func advanceDays(_ days: Int) { clock.advance(hours: Double(days) * 24) }
}

/// Asserts the refusal's code and that its English text contains `fragment`.
func expectRefusal(_ code: InventoryError.Code, _ fragment: String, _ body: () async throws -> Void) async {
    do {
        try await body()
        Issue.record("expected a refusal containing '\(fragment)'")
    } catch let error as InventoryError {
        #expect(error.code == code, "\(error)")
        #expect(error.text.en.contains(fragment), "\(error.text.en)")
        #expect(!error.text.nl.isEmpty)
    } catch {
        Issue.record("unexpected error \(error)")
    }
}
