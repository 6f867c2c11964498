import Foundation
import HubAPI
import Inventory
import Testing
import Workflows

/// A rollator's life through the real binaries: received, issued on a pass tap, returned,
/// cleaned, signed off and issued again; every step out of order is refused at the scanner.
@Suite(.serialized) struct StockLoanTests {
    @Test func issueOnAPassTapReturnCleaningSignOffAndReissue() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        try await rig.hub.addResident("BZ-001", name: "Marie Jansen")
        try await rig.hub.enrol("BZ-001", uid: "11223344")
        try await rig.receive([(StockRig.unit("R-0001"), nil)])
        #expect(try await rig.levels()["V-100"] == 1)

        let started = try await rig.hub.kioskWithTap(["stock", "desk", "start", "issue", "--tap", "--json"], uid: "11223344")
        try #require(started.exit == 0, "\(started.stderr)")
        let view = try HubJSON.decoder().decode(StockDeskView.self, from: Data(started.stdout.utf8))
        #expect(view.resident?.name == "Marie Jansen")
        try await rig.scan(StockRig.unit("R-0001"))
        let issued = try await rig.hub.json(StockDeskReceipt.self, ["stock", "desk", "confirm"])
        #expect(issued.loans.map(\.serial) == ["R-0001"])
        let loans = try await rig.hub.json([LoanView].self, ["stock", "loans"])
        #expect(loans.map(\.residentName) == ["Marie Jansen"])
        #expect(try await rig.hub.json([LoanView].self, ["stock", "loans", "--overdue"]).isEmpty)
        #expect(try await rig.hub.json([LoanView].self, ["stock", "loans", "--due-within", "14d"]).isEmpty)

        try await Self.refusedAtScanner(rig, mode: ["issue", "--resident", "BZ-001"], serial: "R-0001", says: "is at the resident — book its return first")
        try await Self.refusedAtScanner(rig, mode: ["cleaning-done"], serial: "R-0001", says: "is at the resident")

        try await rig.run(["stock", "desk", "start", "return"])
        try await rig.scan(StockRig.unit("R-0001"))
        try await rig.run(["stock", "desk", "confirm"])
        #expect(try await rig.hub.json([LoanView].self, ["stock", "loans"]).isEmpty)
        #expect(try await rig.levels()["V-100"] == 0, "a returned unit is not on the shelf before it is cleaned")

        try await Self.refusedAtScanner(rig, mode: ["issue", "--resident", "BZ-001"], serial: "R-0001", says: "is returned — clean and inspect it first")
        try await Self.refusedAtScanner(rig, mode: ["cleaning-done"], serial: "R-0001", says: "start the cleaning first")
        try await Self.refusedAtScanner(rig, mode: ["receive"], serial: "R-0001", says: "is returned")
        try await rig.run(["stock", "clean", "start", "R-0001"])
        let twice = await rig.hub.kiosk(["stock", "cleaning", "start", "R-0001"])
        #expect(twice.exit != 0)
        #expect(twice.stderr.contains("is in cleaning"), "\(twice.stderr)")
        try await Self.refusedAtScanner(rig, mode: ["return"], serial: "R-0001", says: "is in cleaning — sign off the cleaning first")

        try await rig.run(["stock", "desk", "start", "cleaning-done"])
        try await rig.scan(StockRig.unit("R-0001"))
        let signedOff = try await rig.hub.json(StockDeskReceipt.self, ["stock", "desk", "confirm"])
        #expect(signedOff.movements == 1)
        #expect(try await rig.levels()["V-100"] == 1)

        try await rig.run(["stock", "desk", "start", "issue", "--resident", "BZ-001"])
        try await rig.scan(StockRig.unit("R-0001"))
        try await rig.run(["stock", "desk", "confirm"])
        #expect(try await rig.hub.json([LoanView].self, ["stock", "loans"]).map(\.loan.serial) == ["R-0001"])

        let extend = await rig.hub.kiosk(["stock", "loans", "extend", "R-0001", "--weeks", "4", "--agreed-by", "Vegro Piet"])
        #expect(extend.exit == 0, "\(extend.stderr)")
        let tooLong = await rig.hub.kiosk(["stock", "loans", "extend", "R-0001", "--weeks", "30", "--agreed-by", "Vegro Piet"])
        #expect(tooLong.exit != 0)
        #expect(tooLong.stderr.contains("longer only with a reason"), "\(tooLong.stderr)")
        let overridden = await rig.hub.kiosk([
            "stock", "loans", "extend", "R-0001", "--weeks", "30", "--agreed-by", "Vegro Piet", "--override", "revalidatie loopt door",
        ])
        #expect(overridden.exit == 0, "\(overridden.stderr)")
        let status = try await rig.hub.json(StatusResponse.self, ["status"])
        #expect(status.stock?.reminders.isEmpty == true, "a loan issued today reaches week 12 only in 12 weeks")
    }

    /// Opens a batch, scans the unit, expects the scan refused with nothing on the batch, and cancels.
    static func refusedAtScanner(_ rig: StockRig, mode: [String], serial: String, says: String) async throws {
        try await rig.run(["stock", "desk", "start"] + mode)
        try await rig.scan(StockRig.unit(serial))
        #expect(rig.lastRefusal().contains(says), "\(mode): \(rig.lastRefusal())")
        #expect(try await rig.desk().lines.isEmpty)
        let confirm = await rig.hub.kiosk(["stock", "desk", "confirm"])
        #expect(confirm.exit != 0)
        #expect(confirm.stderr.contains("the batch is empty"), "\(confirm.stderr)")
        try await rig.run(["stock", "desk", "cancel"])
    }
}
