import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// A stocktake and the scanner's refusals through the real binaries.
@Suite(.serialized) struct StockStocktakeTests {
    @Test func aStocktakeWithDifferencesIsShownThenApplied() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        try await rig.receive([("]E0" + StockRig.pads, 10), (StockRig.unit("R-0001"), nil), (StockRig.unit("R-0002"), nil)])

        try await rig.run(["stock", "desk", "start", "stocktake"])
        try await rig.scan(StockRig.pads)
        try await rig.run(["stock", "desk", "quantity", "8"])
        try await rig.scan(StockRig.unit("R-0001"))
        let differences = try await rig.hub.json([StocktakeDifference].self, ["stock", "stocktake"])
        let pads = try #require(differences.first { $0.articleNumber == "V-200" })
        #expect(pads.expected == 10)
        #expect(pads.counted == 8)
        let rollators = try #require(differences.first { $0.articleNumber == "V-100" })
        #expect(rollators.missingSerials == ["R-0002"])
        let shown = try await rig.run(["stock", "stocktake"])
        #expect(shown.stdout.contains("-R-0002"))

        let applied = try await rig.hub.json(StockDeskReceipt.self, ["stock", "stocktake", "apply"])
        #expect(applied.movements >= 2)
        let levels = try await rig.levels()
        #expect(levels["V-200"] == 8)
        #expect(levels["V-100"] == 1)
        let again = await rig.hub.kiosk(["stock", "stocktake", "apply"])
        #expect(again.exit != 0)
        #expect(again.stderr.contains("no batch is open"))
    }

    @Test func theScannerRefusesParcelsBadCheckDigitsAndUnknownArticles() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        try await rig.scan(StockRig.pads)
        #expect(rig.lastRefusal().contains("no batch open"), "\(rig.lastRefusal())")

        try await rig.run(["stock", "desk", "start", "receive"])
        try await rig.scan("VG12345678")
        #expect(rig.lastRefusal().contains("is a parcel"), "\(rig.lastRefusal())")
        try await rig.scan("]E08712345000012")
        #expect(rig.lastRefusal().contains("wrong check digit"), "\(rig.lastRefusal())")
        try await rig.scan("8712345000042")
        #expect(rig.lastRefusal().contains("--gtin 08712345000042"), "\(rig.lastRefusal())")
        try await rig.scan(StockRig.unit("R-0001"))
        try await rig.scan(StockRig.unit("R-0001"))
        #expect(rig.lastRefusal().contains("already on line 1"), "\(rig.lastRefusal())")
        try await rig.scan("]E4" + StockRig.gloves)

        #expect(try await rig.desk().lines.map(\.articleName) == ["Rollator", "Gloves"])
        let zero = await rig.hub.kiosk(["stock", "desk", "quantity", "0"])
        #expect(zero.exit != 0)
        #expect(zero.stderr.contains("quantity 0 is not possible"))
        let tooMany = await rig.hub.kiosk(["stock", "desk", "quantity", "10000"])
        #expect(tooMany.exit != 0)
        let undone = try await rig.hub.json(StockDeskView.self, ["stock", "desk", "undo"])
        #expect(undone.lines.map(\.articleName) == ["Rollator"])
        let other = await rig.hub.kiosk(["stock", "desk", "start", "issue", "--resident", "BZ-404"])
        #expect(other.exit != 0)
        #expect(other.stderr.contains("already open"), "\(other.stderr)")
        try await rig.run(["stock", "desk", "cancel"])
        #expect(try await rig.levels()["V-100"] == 0)

        let statement = try await rig.run(["stock", "statement", String(ISO8601DateFormatter().string(from: Date()).prefix(7))])
        #expect(!statement.stdout.isEmpty)
        let unauthorised = await rig.hub.kiosk(["logout"])
        #expect(unauthorised.exit == 0)
        let refused = await rig.hub.kiosk(["stock", "levels"])
        #expect(refused.exit == 77)
    }
}
