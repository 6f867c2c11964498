import Foundation
import Testing
@testable import Inventory

@Suite("Stock articles")
struct ArticleStoreTests {
    @Test func anArticleIsFoundByAnyOfItsGTINsAndByNumber() async throws {
        let hub = try TestHub()
        let added = try await hub.articles.add(
            ArticleFields(number: "VG-1", gtins: [TestHub.rollatorGTIN, TestHub.gauzeGTIN], name: "Rollator", category: "mobility", kind: .loan),
            by: TestHub.concierge
        )
        #expect(added.loanWeeks == 13)
        #expect(added.maxLoanWeeks == 26)
        #expect(try await hub.articles.article(gtin: TestHub.rollatorGTIN)?.id == added.id)
        #expect(try await hub.articles.article(gtin: "0" + TestHub.rollatorGTIN)?.id == added.id, "GTIN-14 of the same item")
        #expect(try await hub.articles.article(number: "VG-1")?.name == "Rollator")
        #expect(try await hub.articles.article(gtin: TestHub.unknownGTIN) == nil)
        #expect(try await hub.auditActions().contains("stock.article.add"))
    }

    @Test func aBadCheckDigitIsRefused() async throws {
        let hub = try TestHub()
        await expectRefusal(.invalidInput, "wrong check digit") {
            _ = try await hub.articles.add(
                ArticleFields(number: "VG-1", gtins: ["8712345000012"], name: "Rollator", category: "", kind: .loan), by: TestHub.concierge
            )
        }
        await expectRefusal(.invalidInput, "wrong check digit") { _ = try await hub.articles.article(gtin: "8712345000012") }
        await expectRefusal(.invalidInput, "not a GTIN") { _ = try await hub.articles.article(gtin: "12AB") }
        #expect(try await hub.articles.list().isEmpty)
    }

    @Test func checkDigitsFollowGS1() throws {
        #expect(try GTIN.validated("4006381333931") == "04006381333931")
        #expect(try GTIN.validated("96385074") == "00000096385074")
        #expect(throws: InventoryError.self) { try GTIN.validated("4006381333932") }
    }

    @Test func aGTINBelongsToOneArticleOnly() async throws {
        let hub = try TestHub()
        _ = try await hub.addCatalogue()
        await expectRefusal(.conflict, "already belongs to article VG-100") {
            _ = try await hub.articles.add(
                ArticleFields(number: "VG-9", gtins: [TestHub.rollatorGTIN], name: "Other", category: "", kind: .consumable), by: TestHub.concierge
            )
        }
        await expectRefusal(.conflict, "already exists") {
            _ = try await hub.articles.add(
                ArticleFields(number: "VG-100", gtins: [TestHub.unknownGTIN], name: "Other", category: "", kind: .consumable), by: TestHub.concierge
            )
        }
    }

    @Test func aTargetBelowTheMinimumIsRefused() async throws {
        let hub = try TestHub()
        await expectRefusal(.invalidInput, "do not fit") {
            _ = try await hub.articles.add(
                ArticleFields(number: "VG-1", gtins: [TestHub.gauzeGTIN], name: "Gauze", category: "", kind: .consumable, minimumLevel: 5, targetLevel: 2),
                by: TestHub.concierge
            )
        }
    }

    @Test func aCatalogueWithABrokenRowLoadsTheGoodRowsAndReportsTheLine() async throws {
        let hub = try TestHub()
        let csv = """
            number;gtin;name;category;kind;minimum;target
            VG-100;\(TestHub.rollatorGTIN);Rollator;mobility;loan;2;4
            VG-200;8712345000029;Gauze;wound care;consumable;10;30
            VG-300;\(TestHub.padsGTIN)|\(TestHub.chairGTIN);Pads;hygiene;hygiene;5;10
            VG-400;\(TestHub.unknownGTIN);Chair;bathroom;furniture;1;2
            VG-500;8712345000066;Gloves;care;consumable;many;2
            """
        let result = try await hub.articles.importCSV(csv, fileName: "vegro.csv", by: TestHub.concierge)
        #expect(result.loaded == 2)
        #expect(result.errors.map(\.line) == [3, 5, 6])
        #expect(result.errors[0].message.en.contains("check digit"))
        #expect(result.errors[1].message.en.contains("kind 'furniture' unknown"))
        #expect(result.errors[2].message.en.contains("minimum 'many'"))
        let list = try await hub.articles.list()
        #expect(list.map(\.article.number) == ["VG-100", "VG-300"])
        #expect(list[1].gtins.count == 2)
        #expect(try await hub.auditActions().filter { $0 == "stock.article.import" }.count == 1)
        let again = try await hub.articles.importCSV(csv, fileName: "vegro.csv", by: TestHub.concierge)
        #expect(again.loaded == 0)
        #expect(again.alreadyKnown == 2)
    }

    @Test func aCatalogueWithoutTheColumnsSaysWhichAreNeeded() async throws {
        let hub = try TestHub()
        let result = try await hub.articles.importCSV("a,b\n1,2\n", fileName: "x.csv", by: TestHub.concierge)
        #expect(result.loaded == 0)
        #expect(result.errors.first?.line == 1)
        #expect(result.errors.first?.message.en.contains("number, gtin, name, kind") == true)
    }
}
