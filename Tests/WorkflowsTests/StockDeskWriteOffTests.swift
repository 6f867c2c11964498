import Devices
import Foundation
import Inventory
import Testing
@testable import Workflows

@Suite struct StockDeskWriteOffTests {
    @Test func aWriteOffNeedsAReasonAndTakesUnitsAndCountsOffTheShelf() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        await f.scan(StockDeskFixture.padsEAN)
        _ = try await f.desk.setQuantity(10, by: f.anna)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        _ = try await f.desk.confirm(by: f.anna)

        let missing = await #expect(throws: InventoryError.self) { try await f.desk.start(.writeOff, resident: .none, by: f.anna) }
        #expect(missing?.text.en.contains("needs a reason") == true)
        _ = try await f.desk.start(.writeOff, resident: .none, reason: "water damage", by: f.anna)
        await f.scan(StockDeskFixture.padsEAN)
        _ = try await f.desk.setQuantity(3, by: f.anna)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        _ = try await f.desk.confirm(by: f.anna)
        #expect(try await f.level(StockDeskFixture.padsEAN) == 7)
        #expect(try await f.level(StockDeskFixture.rollatorGTIN) == 0)
        #expect(try await f.stores.stock.unit(serial: "R-0001")?.state == .writtenOff)

        _ = try await f.desk.start(.issue, resident: .reference("BZ-001"), by: f.anna)
        let gone = await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        #expect(gone.stock?.accepted == false, "a written-off unit cannot be issued")
    }

    @Test func sendingBackToVegroTakesAUnitOutOfTheHub() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0002"))
        _ = try await f.desk.confirm(by: f.anna)
        _ = try await f.desk.start(.sendBack, resident: .none, by: f.anna)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0002"))
        let receipt = try await f.desk.confirm(by: f.anna)
        #expect(receipt.movements == 1)
        #expect(try await f.stores.stock.unit(serial: "R-0002")?.state == .sentBack)
        #expect(try await f.level(StockDeskFixture.rollatorGTIN) == 0)
    }
}
