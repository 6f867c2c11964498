import Central
import Foundation
import HubAPI
import Testing

/// Issue 17, point 8: `hubcentral report` gives each hub's figures (deliveries, services with
/// their contributions, aids) as the hub's own report does, and the total is their sum.
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

    /// A free chore and a ride on the monthly invoice at the kiosk, and a receive at the stock desk.
    static func servicesAndAids(at rig: StockRig) async throws {
        let hub = rig.hub
        try await hub.addService("lamp", kind: "chore", name: "Lamp vervangen", price: "0", payment: "free")
        try await hub.addService("huisarts", kind: "ride", name: "Rit naar de huisarts", price: "2,00", payment: "invoice")
        try await hub.enrol("R1", uid: "E3086CED")
        #expect(try await hub.useService("Lamp vervangen", uid: "E3086CED").done.headline.en == "All set!")
        try await Task.sleep(for: .seconds(1.1))
        #expect(try await hub.useService("Rit naar de huisarts", uid: "E3086CED").done.kind == .done)
        try await rig.addArticles()
        try await rig.receive([(StockRig.unit("R-0001"), nil), (StockRig.unit("R-0002"), nil), ("]E0" + StockRig.pads, 7)])
    }

    @Test func centralsFiguresAreEachHubsOwnAndTheTotalTheirSum() async throws {
        let database = try await CentralSyncTests.migratedDatabase()
        var own: [String: HubAPI.PeriodReport] = [:]
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        var sharing: String?
        for index in 1...2 {
            let id = "hub-" + UUID().uuidString.prefix(8).lowercased()
            let files = NSTemporaryDirectory() + "bh-central-files-" + String(UUID().uuidString.prefix(8))
            try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
            // The first hub shares address pseudonyms, the second does not.
            let share = index == 1 ? "\nshare = [\"address-pseudonyms\"]\n" : ""
            if index == 1 { sharing = id }
            let rig = try StockRig(extraConfig: "\n[kiosk]\ndouble_tap_seconds = 1\n" + (try await database.addHub(id, directory: files)) + share)
            try await rig.start()
            try await Self.aDay(at: rig.hub)
            try await Self.servicesAndAids(at: rig)
            try await waitUntil(seconds: 30, "everything sent") {
                await rig.hub.kiosk(["status"]).stdout.contains("central (\(id)): 0 waiting")
            }
            own[id] = try await rig.hub.json(HubAPI.PeriodReport.self, ["report", "month", month])
        }
        let result = await database.hubcentral(["report", "month", month, "--json"])
        #expect(result.exit == 0, "\(result.stderr)")
        let report = try JSONDecoder().decode(CentralReport.self, from: Data(result.stdout.utf8))
        for hub in report.hubs {
            let hubsReport = try #require(own[hub.hub])
            Self.expectSame(services: hub.services, as: hubsReport, hub.hub)
            Self.expectSame(aids: hub.aids, as: hubsReport.aids, hub.hub)
            let mine = hubsReport.deliveries
            let theirs = hub.deliveries
            #expect(theirs.perSupplier.map { [$0.supplierId, "\($0.contact)", "\($0.letterbox)", "\($0.neighbour)", "\($0.returned)"] }
                == mine.perSupplier.map { [$0.supplierId, "\($0.contact)", "\($0.letterbox)", "\($0.neighbour)", "\($0.returned)"] })
            let central: [Int] = [theirs.contact, theirs.letterbox, theirs.neighbour, theirs.returned, theirs.notHomeRetries,
                                  theirs.uniqueResidents, theirs.overdueColdChain, theirs.stops, theirs.bundledStops]
            let hubsOwn: [Int] = [mine.contact, mine.letterbox, mine.neighbour, mine.returned, mine.notHomeRetries,
                                  mine.uniqueResidents, mine.overdueColdChain, mine.stops, mine.bundledStops]
            #expect(central == hubsOwn, "\(hub.hub)")
            #expect(theirs.delivered == 3 && theirs.bundledStops == 1 && theirs.notHomeRetries == 1)
            #expect(theirs.uniqueAddresses == (hub.hub == sharing ? mine.uniqueAddresses : nil), "\(hub.hub): unique addresses only where shared")
        }
        #expect(report.hubs.count == 2)
        #expect(report.total.uniqueAddresses == 2, "the sharing hub's two addresses")
        #expect(report.totalServices.chores == 2 && report.totalServices.rides == 2 && report.totalServices.uniqueResidents == 2)
        #expect(report.totalServices.contributions.map(\.payment) == ["invoice", "free"])
        #expect(report.totalServices.contributions.map(\.cents) == [400, 0])
        #expect(report.totalAids.map(\.articleNumber) == ["V-100", "V-200"] && report.totalAids.map(\.received) == [4, 14])
        #expect(report.total.delivered == 6 && report.total.returned == 2 && report.total.stops == report.hubs.map(\.deliveries.stops).reduce(0, +))
        let text = await database.hubcentral(["report", "month", month])
        #expect(text.stdout.contains("0 of 2 hubs complete for this month"), "\(text.stdout)")
        #expect(text.stdout.contains("huisarts (huisarts, ride): 2 uses by 2 residents, € 4,00"), "a service only the hubs know goes by its code: \(text.stdout)")
        let bad = await database.hubcentral(["report", "month", "2026-13"])
        #expect(bad.exit != 0 && bad.stderr.contains("use month 2026-11"), "\(bad.stderr)")
    }

    static func expectSame(services central: CentralServiceFigures, as hub: HubAPI.PeriodReport, _ name: String) {
        #expect(central.lines.map { [$0.code, $0.kind, "\($0.uses)", "\($0.uniqueResidents)", "\($0.contributionCents)"] }
            == hub.services.map { [$0.code, $0.kind.rawValue, "\($0.uses)", "\($0.uniqueResidents)", "\($0.contributionCents)"] }, "\(name)")
        let centralCounts: [Int] = [central.rides, central.chores, central.activities, central.uniqueResidents, central.autoClosedRides]
        let hubCounts: [Int] = [hub.rides, hub.chores, hub.activities, hub.uniqueResidents, hub.autoClosedRides]
        #expect(centralCounts == hubCounts, "\(name)")
        #expect(central.contributions.map { "\($0.payment) \($0.count) \($0.cents)" } == hub.contributions.map { "\($0.payment.rawValue) \($0.count) \($0.cents)" }, "\(name)")
    }

    static func expectSame(aids central: [CentralAidLine], as hub: [StockMonthFigures.Line], _ name: String) {
        #expect(central.map { [$0.articleNumber, "\($0.received)", "\($0.issued)", "\($0.returned)", "\($0.writtenOff)"] }
            == hub.map { [$0.articleNumber, "\($0.received)", "\($0.issued)", "\($0.returned)", "\($0.writtenOff)"] }, "\(name)")
        #expect(!central.isEmpty)
    }
}
