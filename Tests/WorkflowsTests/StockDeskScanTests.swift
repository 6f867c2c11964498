import Devices
import Foundation
import Inventory
import Testing
@testable import Workflows

@Suite struct StockDeskScanTests {
    @Test func aGS1DataMatrixBecomesABatchLineWithSerialBatchAndExpiry() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let stream = await f.events.subscribe()
        let event = await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001", batch: "LOT7", expiry: "300630"))
        #expect(event.kind == .stock)
        #expect(event.stock?.accepted == true)
        let line = try #require(event.stock?.line)
        #expect(line.gtin == StockDeskFixture.rollatorGTIN)
        #expect(line.articleName == "Rollator")
        #expect(line.serial == "R-0001")
        #expect(line.batch == "LOT7")
        #expect(line.expiry == LocalDay("2030-06-30"))
        #expect(event.message.en.hasPrefix("line 1: Rollator, serial R-0001"))
        #expect(await f.feedback.signals == [.accepted])
        var iterator = stream.makeAsyncIterator()
        #expect(await iterator.next()?.stock?.line?.serial == "R-0001")
        #expect(try await f.desk.show().lines.count == 1)
    }

    @Test func eanAndUPCCodesMapToGTIN14AndRepeatedScansCountUp() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let ean13 = await f.scan("]E0" + StockDeskFixture.padsEAN)
        #expect(ean13.stock?.line?.gtin == "0" + StockDeskFixture.padsEAN)
        let bare = await f.scan(StockDeskFixture.padsEAN)
        #expect(bare.stock?.line?.quantity == 2)
        #expect(bare.stock?.line?.number == 1)
        let ean8 = await f.scan("]E4" + StockDeskFixture.glovesEAN8)
        #expect(ean8.stock?.line?.gtin == "000000" + StockDeskFixture.glovesEAN8)
        let view = try await f.desk.show()
        #expect(view.lines.count == 2)
        #expect(view.units == 3)
        #expect(view.totals.map(\.quantity) == [2, 1])
    }

    @Test func aWrongCheckDigitIsRefusedWhetherTheScannerSaidEANOrNot() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let bare = await f.scan("8712345000012")
        #expect(bare.stock?.accepted == false)
        #expect(bare.message.en.contains("wrong check digit"))
        #expect(bare.message.nl.contains("verkeerd controlecijfer"))
        let prefixed = await f.scan("]E08712345000012")
        #expect(prefixed.message.en.contains("wrong check digit"))
        let gs1 = await f.scan("]d20108712345678907" + "21X1")
        #expect(gs1.stock?.accepted == false)
        #expect(await f.feedback.signals == [.rejected, .rejected, .rejected])
        #expect(try await f.desk.show().lines.isEmpty)
    }

    @Test func aParcelLabelIsSentToIntake() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let parcel = await f.scan("VG12345678")
        #expect(parcel.stock?.accepted == false)
        #expect(parcel.message.en == "VG12345678 is a parcel, not an article — scan it at intake (the intake scanner)")
        let sscc = await f.scan("]C100" + "087123450000000011")
        #expect(sscc.message.en.contains("is a parcel"))
        #expect(try await f.desk.show().lines.isEmpty)
    }

    @Test func anUnknownGTINTellsStaffHowToAddTheArticle() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let event = await f.scan("8712345000042")
        #expect(event.stock?.accepted == false)
        #expect(event.message.en.contains("GTIN 08712345000042 is unknown"))
        #expect(event.message.en.contains("kiosk stock articles add … --gtin 08712345000042"))
        #expect(event.message.nl.contains("nieuw artikel?"))
    }

    @Test func aScanWithoutAnOpenBatchIsRefusedAndBooksNothing() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        let event = await f.scan(StockDeskFixture.padsEAN)
        #expect(event.stock?.accepted == false)
        #expect(event.message.en.contains("no batch open"))
        #expect(await f.feedback.signals == [.rejected])
    }

    @Test func theSameSerialTwiceIsRefused() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        let again = await f.scan(StockDeskFixture.dataMatrix(serial: "R-0001"))
        #expect(again.stock?.accepted == false)
        #expect(again.message.en == "serial R-0001 is already on line 1 — scan each unit once")
        #expect(try await f.desk.show().lines.count == 1)
    }

    @Test func aLoanArticleWithoutASerialIsRefused() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        _ = try await f.desk.start(.receive, resident: .none, by: f.anna)
        let event = await f.scan(StockDeskFixture.rollatorGTIN)
        #expect(event.stock?.accepted == false)
        #expect(event.message.en.contains("has no serial"))
    }
}
