import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// Receiving, reordering and expiry through the real binaries: pty stock scanner → hubd → SQLite → kiosk.
@Suite(.serialized) struct StockReceiveTests {
    @Test func receivingAgainstAnOrderSlipWithOneMissingAndOneExtraItem() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        let slip = try await rig.run(["stock", "reorder", "--slip"])
        #expect(slip.stdout.contains("3 x V-100 Rollator"))
        #expect(slip.stdout.contains("20 x V-200 Pads"))

        try await rig.run(["stock", "desk", "start", "receive"])
        try await rig.scan(StockRig.unit("R-0001"))
        try await rig.scan(StockRig.unit("R-0002"))
        try await rig.scan("]E0" + StockRig.pads)
        try await rig.run(["stock", "desk", "quantity", "21"])
        #expect(try await rig.levels()["V-200"] == 0, "nothing is booked before confirm")

        let refused = await rig.hub.kiosk(["stock", "desk", "confirm"])
        #expect(refused.exit != 0)
        #expect(refused.stderr.contains("differs from the order slip"), "\(refused.stderr)")
        #expect(refused.stdout.contains("missing: V-100 Rollator — ordered 3, scanned 2"), "\(refused.stdout)")
        #expect(refused.stdout.contains("extra: V-200 Pads — ordered 20, scanned 21"), "\(refused.stdout)")
        let comparison = try await rig.hub.json(VanComparison.self, ["stock", "desk", "compare"])
        #expect(comparison.missing.map(\.articleNumber) == ["V-100"])
        #expect(comparison.extra.map(\.articleNumber) == ["V-200"])

        let receipt = try await rig.hub.json(StockDeskReceipt.self, ["stock", "desk", "confirm", "--accept-differences"])
        #expect(receipt.orderSlipId != nil)
        #expect(receipt.batch.units == 23)
        let levels = try await rig.levels()
        #expect(levels["V-100"] == 2)
        #expect(levels["V-200"] == 21)
        let ledger = try await rig.hub.json([StockMovement].self, ["stock", "movements", "V-100"])
        #expect(ledger.map(\.kind) == [.received, .received])
        #expect(Set(ledger.compactMap(\.serial)) == ["R-0001", "R-0002"])
        let byGTIN = try await rig.hub.json([StockMovement].self, ["stock", "movements", StockRig.pads])
        #expect(byGTIN.map(\.quantity) == [21])
        let desk = await rig.hub.kiosk(["stock", "desk", "show"])
        #expect(desk.exit != 0)
        #expect(desk.stderr.contains("no batch is open at the stock desk"))
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let report = await rig.hub.kiosk(["report", "month", month, "--csv"])
        #expect(report.stdout.contains("\(month),van,days with Vegro deliveries or collections,0"), "a receipt saves no trip: \(report.stdout)")
        #expect(report.stdout.contains("aids received"), "\(report.stdout)")
    }

    @Test func issuingBelowTheMinimumPutsTheArticleOnTheReorderList() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        try await rig.hub.addResident("BZ-001", name: "Marie Jansen")
        try await rig.receive([("]E0" + StockRig.pads, 6)])
        #expect(try await rig.hub.json([ReorderLine].self, ["stock", "reorder"]).map(\.articleNumber) == ["V-100"])

        try await rig.run(["stock", "desk", "start", "issue", "--resident", "BZ-001"])
        try await rig.scan(StockRig.pads)
        try await rig.scan(StockRig.pads)
        #expect(try await rig.desk().lines.first?.quantity == 2)
        try await rig.run(["stock", "desk", "confirm"])

        let reorder = try await rig.hub.json([ReorderLine].self, ["stock", "reorder"])
        let pads = try #require(reorder.first { $0.articleNumber == "V-200" })
        #expect(pads.inStock == 4)
        #expect(pads.quantity == 16)
        let text = try await rig.run(["stock", "reorder"])
        #expect(text.stdout.contains("Pads"))
        let status = try await rig.hub.json(StatusResponse.self, ["status"])
        #expect(status.stock?.belowMinimum == 2)
    }

    @Test func expiringBatchesAreListedAndAnExpiredOneIsNeverIssued() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        try await rig.hub.addResident("BZ-001", name: "Marie Jansen")
        let today = Date()
        let soon = Self.yymmdd(today.addingTimeInterval(10 * 86_400))
        let later = Self.yymmdd(today.addingTimeInterval(400 * 86_400))
        let past = Self.yymmdd(today.addingTimeInterval(-40 * 86_400))
        try await rig.receive([
            (StockRig.box(batch: "SOON", expiry: soon), 3), (StockRig.box(batch: "LATER", expiry: later), 4),
            (StockRig.box(batch: "OLD", expiry: past), nil),
        ])
        let expiring = try await rig.hub.json([ExpiringBatch].self, ["stock", "expiring", "--within", "30d"])
        #expect(expiring.compactMap(\.batch).contains("SOON"))
        #expect(!expiring.compactMap(\.batch).contains("LATER"))

        try await rig.run(["stock", "desk", "start", "issue", "--resident", "BZ-001"])
        try await rig.scan(StockRig.box(batch: "OLD", expiry: past))
        #expect(rig.lastRefusal().contains("do not issue it"), "\(rig.lastRefusal())")
        try await rig.scan(StockRig.box(batch: "SOON", expiry: soon))
        let view = try await rig.desk()
        #expect(view.lines.map(\.batch) == ["SOON"])
        #expect(view.warnings.first?.en.contains("within 30 days") == true)
    }

    static func yymmdd(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyMMdd"
        formatter.timeZone = .current
        return formatter.string(from: date)
    }
}
