import Devices
import Foundation
import Inventory
import Testing
@testable import Workflows

@Suite struct StockDeskTapTests {
    @Test func anIssueBatchCanTakeItsResidentFromTheNextPassTap() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        let digest = f.key.digest(ofPass: [1, 2, 3, 4])
        _ = try await f.stores.passes.enroll(digest, residentKey: "BZ-001", by: f.anna)
        let started = Task { try await f.desk.start(.issue, resident: .tap, by: f.anna) }
        while await f.claims.pending.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        #expect(await f.claims.pending == ["stock issue"])
        #expect(await f.claims.offer(TapClaims.Tap(digest: digest, device: "desk-reader")))
        let view = try await started.value
        #expect(view.resident?.name == "Marie Jansen")
        #expect(view.resident?.key == "BZ-001")
    }

    @Test func aTapOfAnUnknownPassOpensNoBatch() async throws {
        let f = try StockDeskFixture()
        try await f.populate()
        let started = Task { try await f.desk.start(.issue, resident: .tap, by: f.anna) }
        while await f.claims.pending.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        _ = await f.claims.offer(TapClaims.Tap(digest: f.key.digest(ofPass: [9, 9, 9, 9]), device: "desk-reader"))
        let error = await #expect(throws: InventoryError.self) { try await started.value }
        #expect(error?.text.en.contains("not a resident's") == true)
        #expect(await f.desk.current == nil)
    }
}
