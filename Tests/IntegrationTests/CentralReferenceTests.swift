import Foundation
import HubAPI
import Testing

/// Issue 17, point 5 through the real parts: `hubcentral reference load` at a real PostgreSQL,
/// a running `hubd` pulling the changes and applying them, seen through `kiosk`.
@Suite(.serialized) struct CentralReferenceTests {
    /// The example the README points at, `demo/reference.toml`: a supplier, two services (one
    /// retired) and an article.
    static let reference: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("demo/reference.toml"), encoding: .utf8)) ?? ""
    }()

    @Test func aHubTakesCentralsCatalogueAndEachLaterChangeOnce() async throws {
        let rig = try await CentralSyncTests.Rig(on: try await CentralSyncTests.migratedDatabase())
        let file = rig.files + "/reference.toml"
        try Self.reference.write(toFile: file, atomically: true, encoding: .utf8)
        let loaded = await rig.central.hubcentral(["reference", "load", file])
        #expect(loaded.exit == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.contains("4 items: 4 changed, 0 unchanged; reference version 4"), "\(loaded.stdout)")
        let again = await rig.central.hubcentral(["reference", "load", file])
        #expect(again.stdout.contains("0 changed, 4 unchanged; reference version 4"), "loading the same file moves nothing: \(again.stdout)")

        try await rig.daemon.start()
        try await rig.daemon.loginAsStaff()
        try rig.daemon.scan("VG00000001")
        try await waitUntil(seconds: 30, "the hub to hold reference version 4") {
            await rig.daemon.kiosk(["status"]).stdout.contains("reference data: version 4")
        }
        let services = try await rig.daemon.json([HubAPI.Service].self, ["services", "list"])
        #expect(services.map(\.code).contains("markt-vr"))
        let rates = try await rig.daemon.json([SupplierRate].self, ["invoice", "rates"])
        #expect(rates.first { $0.supplierId == "bakker" }.map { ($0.rateCents, $0.source) } ?? (nil, "") == (175, "central"), "\(rates)")
        let articles = await rig.daemon.kiosk(["stock", "articles", "list"])
        #expect(articles.stdout.contains("VG-1001"), "\(articles.stdout)")
        try rig.daemon.scan("BB123456")
        try await waitUntil(seconds: 10, "the new supplier's parcel") {
            (try? await rig.daemon.json([ParcelView].self, ["parcels"]))?.contains { $0.barcode == "BB123456" && $0.supplierId == "bakker" } ?? false
        }

        try Self.reference.replacingOccurrences(of: "price = \"2,50\"", with: "price = \"3,00\"").write(toFile: file, atomically: true, encoding: .utf8)
        let changed = await rig.central.hubcentral(["reference", "load", file])
        #expect(changed.stdout.contains("1 changed, 3 unchanged; reference version 5"), "\(changed.stdout)")
        try rig.daemon.scan("VG00000002")
        try await waitUntil(seconds: 30, "the hub to hold reference version 5") {
            await rig.daemon.kiosk(["status"]).stdout.contains("reference data: version 5")
        }
        let dearer = try await rig.daemon.json([HubAPI.Service].self, ["services", "list"])
        #expect(dearer.first { $0.code == "markt-vr" }?.priceCents == 300)
        #expect(dearer.filter { $0.code == "markt-vr" }.count == 1)
        let listed = await rig.central.hubcentral(["reference", "list"])
        #expect(listed.stdout.contains("service\tmarkt-vr\tv5"), "\(listed.stdout)")
        let audit = await rig.daemon.kiosk(["audit", "--json"])
        #expect(audit.stdout.components(separatedBy: "reference.apply").count - 1 == 2, "one audit row per applied page: \(audit.stdout.prefix(400))")
    }

    /// Central restored from a dump taken before the hub's version, then given other changes
    /// under the same numbers: the hub notices the numbers were made by another load and takes
    /// everything again, so no change is skipped.
    @Test func aCentralRestoredFromAnOlderDumpIsTakenAgainWholeByTheHub() async throws {
        let rig = try await CentralSyncTests.Rig(on: try await CentralSyncTests.migratedDatabase())
        let file = rig.files + "/reference.toml"
        try Self.reference.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(await rig.central.hubcentral(["reference", "load", file]).exit == 0)
        #expect(await rig.dumpCentral(to: rig.files + "/central.sql"))
        try Self.reference.replacingOccurrences(of: "price = \"2,50\"", with: "price = \"3,00\"").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(await rig.central.hubcentral(["reference", "load", file]).stdout.contains("reference version 5"))
        try await rig.daemon.start()
        try await rig.daemon.loginAsStaff()
        try rig.daemon.scan("VG00000001")
        try await waitUntil(seconds: 30, "the hub at version 5") { await rig.daemon.kiosk(["status"]).stdout.contains("reference data: version 5") }

        #expect(await rig.restoreCentral(from: rig.files + "/central.sql"))
        try Self.reference.replacingOccurrences(of: "name = \"Rollator\"", with: "name = \"Rollator licht\"").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(await rig.central.hubcentral(["reference", "load", file]).stdout.contains("1 changed, 3 unchanged; reference version 5"), "the same number again")
        try rig.daemon.scan("VG00000002")
        try await waitUntil(seconds: 30, "the hub to take the article renamed under a number it held") {
            await rig.daemon.kiosk(["stock", "articles", "list"]).stdout.contains("Rollator licht")
        }
        let services = try await rig.daemon.json([HubAPI.Service].self, ["services", "list"])
        #expect(services.first { $0.code == "markt-vr" }?.priceCents == 250, "central's price is 2,50 again after its restore")
        #expect(rig.daemon.log().contains("taking all of it again"))
    }

    @Test func aBadReferenceFileLoadsNothingAndNamesTheLine() async throws {
        let database = try await CentralSyncTests.migratedDatabase()
        let file = NSTemporaryDirectory() + "bh-reference-" + UUID().uuidString.prefix(8) + ".toml"
        try Self.reference.replacingOccurrences(of: "price = \"2,50\"", with: "price = \"250\"").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let refused = await database.hubcentral(["reference", "load", file])
        #expect(refused.exit != 0)
        #expect(refused.stderr.contains(":11") || refused.stderr.contains("line 11"), "\(refused.stderr)")
        #expect(refused.stderr.contains("nothing was loaded"), "\(refused.stderr)")
        #expect(await database.query("SELECT count(*) FROM central.reference") == "0")
    }
}
