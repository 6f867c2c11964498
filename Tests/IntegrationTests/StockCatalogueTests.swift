import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// Vegro's catalogue loaded from a file through the real binaries, and scanned at once.
@Suite(.serialized) struct StockCatalogueTests {
    @Test func aCatalogueImportLoadsGoodRowsNamesBadOnesAndIsScannable() async throws {
        let rig = try StockRig()
        try await rig.start()
        let file = rig.hub.directory + "/vegro.csv"
        try """
        number,gtin,name,category,kind,minimum,target
        V-100,\(StockRig.rollator),Rollator,mobiliteit,loan,2,3
        V-200,\(StockRig.pads)|\(StockRig.gloves),Pads,incontinentie,consumable,5,20
        V-400,8712345000012,Broken,overig,consumable,0,0
        V-500,8712345000035,Chair,mobiliteit,furniture,0,0
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = await rig.hub.kiosk(["stock", "articles", "import", file])
        #expect(imported.exit == 65)
        #expect(imported.stdout.contains("2 articles loaded"), "\(imported.stdout)")
        #expect(imported.stderr.contains("vegro.csv:4:"), "\(imported.stderr)")
        #expect(imported.stderr.contains("vegro.csv:5:"), "\(imported.stderr)")

        let articles = try await rig.hub.json([ArticleView].self, ["stock", "articles", "list"])
        #expect(articles.map(\.article.number) == ["V-100", "V-200"])
        #expect(articles.last?.gtins.count == 2)

        try await rig.run(["stock", "desk", "start", "receive"])
        try await rig.scan("]E4" + StockRig.gloves)
        try await rig.scan("]E0" + StockRig.pads)
        let view = try await rig.desk()
        #expect(view.totals.map(\.articleName) == ["Pads"])
        #expect(view.units == 2)
        let people = await rig.hub.kiosk(["stock", "articles", "list"])
        #expect(people.stdout.contains("Rollator"))
    }
}
