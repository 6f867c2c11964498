import Devices
import Foundation
import Inventory
import Testing
@testable import Workflows

@Suite struct StockDeskBatchTests {
    @Test func undoTakesBackTheLastScanWhetherALineOrACountUp() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        await f.scan(StockDeskFixture.padsEAN)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        await f.scan(StockDeskFixture.padsEAN)
        var view = try await f.desk.undo(by: f.anna)
        #expect(view.lines.map(\.quantity) == [1, 1])
        view = try await f.desk.undo(by: f.anna)
        #expect(view.lines.map(\.articleName) == ["Pads"])
        view = try await f.desk.undo(by: f.anna)
        #expect(view.lines.isEmpty)
        await #expect(throws: InventoryError.self) { try await f.desk.undo(by: f.anna) }
    }

    @Test func theKeypadQuantityIsBoundedAndOnlyForCountedGoods() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        await #expect(throws: InventoryError.self) { try await f.desk.setQuantity(5, by: f.anna) }
        await f.scan(StockDeskFixture.padsEAN)
        for bad in [0, -1, 10_000] {
            let error = await #expect(throws: InventoryError.self) { try await f.desk.setQuantity(bad, by: f.anna) }
            #expect(error?.text.en.contains("1 to 9999") == true)
        }
        #expect(try await f.desk.setQuantity(10, by: f.anna).lines.first?.quantity == 10)
        #expect(try await f.desk.undo(by: f.anna).lines.first?.quantity == 1)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        let loan = await #expect(throws: InventoryError.self) { try await f.desk.setQuantity(2, by: f.anna) }
        #expect(loan?.text.en.contains("loan unit") == true)
    }

    @Test func nothingIsBookedBeforeConfirmAndCancelDropsTheBatch() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        await f.scan(StockDeskFixture.padsEAN)
        #expect(try await f.level(StockDeskFixture.padsEAN) == 0)
        let cancelled = try await f.desk.cancel(by: f.anna)
        #expect(cancelled.lines.count == 1)
        #expect(try await f.level(StockDeskFixture.padsEAN) == 0)
        await #expect(throws: InventoryError.self) { try await f.desk.show() }
    }

    @Test func confirmBooksTheBatchAndASecondStartWaitsForIt() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        await #expect(throws: InventoryError.self) { try await f.desk.start(.issue, resident: .reference("BZ-001"), by: f.anna) }
        await f.scan(StockDeskFixture.padsEAN)
        _ = try await f.desk.setQuantity(12, by: f.anna)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        let receipt = try await f.desk.confirm(by: f.anna)
        #expect(receipt.movements == 2)
        #expect(try await f.level(StockDeskFixture.padsEAN) == 12)
        #expect(try await f.level(StockDeskFixture.rollatorGTIN) == 1)
        #expect(await f.desk.current == nil)
    }

    @Test func issuingNeedsAResidentAndRefusesAUnitThatIsNotOnTheShelf() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        await #expect(throws: InventoryError.self) { try await f.desk.start(.issue, resident: .none, by: f.anna) }
        await #expect(throws: InventoryError.self) { try await f.desk.start(.receive, resident: .reference("BZ-001"), by: f.anna) }
        let view = try await f.desk.start(.issue, resident: .reference("BZ-001"), by: f.anna)
        #expect(view.resident?.name == "Marie Jansen")
        let never = await f.scan(StockDeskFixture.dataMatrix(serial: "R-9999"))
        #expect(never.stock?.accepted == false)
        let pads = await f.scan(StockDeskFixture.padsEAN)
        #expect(pads.stock?.accepted == false)
        #expect(pads.message.en.contains("the stock shows 0 of Pads"))
        #expect(try await f.desk.show().lines.isEmpty)
    }

    @Test func expiredGoodsAreWarnedAtReceiptAndRefusedAtIssue() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let expired = "]d201" + "0" + StockDeskFixture.padsEAN + "10OLD" + StockDeskFixture.gs + "17261031"
        let event = await f.scan(expired)
        #expect(event.stock?.line?.warnings.first?.en == "Pads expired on 2026-10-31")
        _ = try await f.desk.confirm(by: f.anna)
        _ = try await f.desk.start(.issue, resident: .reference("BZ-001"), by: f.anna)
        let issue = await f.scan(expired)
        #expect(issue.stock?.accepted == false)
        #expect(issue.message.en == "Pads expired on 2026-10-31 — do not issue it; take one from another batch")
    }

    @Test func expiryDayZeroMeansTheLastDayOfTheMonth() {
        #expect(StockScanReader.expiryDay("280200", currentYear: 2026) == LocalDay("2028-02-29"))
        #expect(StockScanReader.expiryDay("261100", currentYear: 2026) == LocalDay("2026-11-30"))
        #expect(StockScanReader.expiryDay("261301", currentYear: 2026) == nil)
    }

    /// The fixture's today is 2026-11-23, so GS1's sliding window (§7.12) puts `17=991231` in
    /// 1999, not 2099, and `17=761231` (50 years ahead) still in this century.
    @Test func aTwoDigitExpiryYearFollowsGS1sSlidingWindow() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let old = await f.scan("]d201" + "0" + StockDeskFixture.padsEAN + "10B99" + StockDeskFixture.gs + "17991231")
        #expect(old.stock?.line?.expiry == LocalDay("1999-12-31"))
        #expect(old.stock?.line?.warnings.first?.en == "Pads expired on 1999-12-31")
        let late = await f.scan("]d201" + "0" + StockDeskFixture.padsEAN + "10B76" + StockDeskFixture.gs + "17761231")
        #expect(late.stock?.line?.expiry == LocalDay("2076-12-31"))
        #expect(late.stock?.line?.warnings.isEmpty == true)
    }
}
