import Central
import Foundation
import HubAPI
import Testing

/// Issue 17, point 8: `hubcentral report` gives each hub's delivery figures as the hub's own
/// report does, and the total is their sum.
@Suite(.serialized) struct CentralReportTests {
    /// Two residents, five parcels: a contact and a letterbox at one stop from two suppliers
    /// (bundled), a neighbour, a not-home, and one sent back.
    static func aDay(at hub: Daemon) async throws {
        try await IntakeEndToEndTests.addResidents(hub)
        let manifest = hub.directory + "/manifest.csv"
        try "barcode,resident\nAPO-000001,R1\nVG00000001,R1\nVG00000002,R2\nTDJ1234567,R2\n"
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(await hub.kiosk(["manifest", "import", manifest]).exit == 0)
        for code in ["APO-000001", "VG00000001", "VG00000002", "TDJ1234567", "VG00000009"] { try hub.scan(code) }
        try await waitUntil(seconds: 30, "5 parcels at the hub") { try await IntakeEndToEndTests.parcels(hub).count == 5 }
        for (barcode, outcome) in [("APO-000001", "contact"), ("VG00000001", "letterbox"), ("VG00000002", "not-home"),
                                   ("TDJ1234567", "neighbour"), ("VG00000009", "returned")] {
            let delivered = await hub.kiosk(["parcel", "deliver", barcode, "--outcome", outcome])
            #expect(delivered.exit == 0, "\(barcode): \(delivered.stderr)")
        }
    }

    @Test func centralsFiguresAreEachHubsOwnAndTheTotalTheirSum() async throws {
        let database = try await CentralSyncTests.migratedDatabase()
        let first = try await CentralSyncTests.Rig(on: database)
        let second = try await CentralSyncTests.Rig(on: database)
        var own: [String: HubAPI.PeriodReport.Deliveries] = [:]
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        for rig in [first, second] {
            try await rig.daemon.start()
            try await Self.aDay(at: rig.daemon)
            try await waitUntil(seconds: 30, "everything sent") {
                await rig.daemon.kiosk(["status"]).stdout.contains("central (\(rig.hubID)): 0 waiting")
            }
            own[rig.hubID] = try await rig.daemon.json(HubAPI.PeriodReport.self, ["report", "month", month]).deliveries
        }
        let result = await database.hubcentral(["report", "month", month, "--json"])
        #expect(result.exit == 0, "\(result.stderr)")
        let report = try JSONDecoder().decode(CentralReport.self, from: Data(result.stdout.utf8))
        for hub in report.hubs {
            let mine = try #require(own[hub.hub])
            let theirs = hub.deliveries
            #expect(theirs.perSupplier.map { [$0.supplierId, "\($0.contact)", "\($0.letterbox)", "\($0.neighbour)", "\($0.returned)"] }
                == mine.perSupplier.map { [$0.supplierId, "\($0.contact)", "\($0.letterbox)", "\($0.neighbour)", "\($0.returned)"] })
            let central: [Int] = [theirs.contact, theirs.letterbox, theirs.neighbour, theirs.returned, theirs.notHomeRetries,
                                  theirs.uniqueResidents, theirs.overdueColdChain, theirs.stops, theirs.bundledStops]
            let hubsOwn: [Int] = [mine.contact, mine.letterbox, mine.neighbour, mine.returned, mine.notHomeRetries,
                                  mine.uniqueResidents, mine.overdueColdChain, mine.stops, mine.bundledStops]
            #expect(central == hubsOwn, "\(hub.hub)")
            #expect(theirs.delivered == 3 && theirs.bundledStops == 1 && theirs.notHomeRetries == 1)
        }
        #expect(report.hubs.count == 2)
        #expect(report.total.delivered == 6 && report.total.returned == 2 && report.total.stops == report.hubs.map(\.deliveries.stops).reduce(0, +))
        let text = await database.hubcentral(["report", "month", month])
        #expect(text.stdout.contains("0 of 2 hubs complete for this month"), "\(text.stdout)")
        let bad = await database.hubcentral(["report", "month", "2026-13"])
        #expect(bad.exit != 0 && bad.stderr.contains("use month 2026-11"), "\(bad.stderr)")
    }
}
