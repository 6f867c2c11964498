import Foundation
import Testing

/// The morning intake through the real binaries: pty scanner → hubd → SQLite → kiosk.
@Suite(.serialized) struct IntakeEndToEndTests {
    struct ParcelJSON: Decodable {
        struct ResidentJSON: Decodable { var id: Int64; var name: String }
        var barcode: String
        var supplierId: String
        var status: String
        var resident: ResidentJSON?
        var outcome: String?
        var medication: Bool
        var deadlineAt: String?
    }

    static func parcels(_ hub: Daemon, status: String? = nil) async throws -> [ParcelJSON] {
        try await hub.ensureStaff()
        let result = await hub.kiosk(["parcels", "--json"] + (status.map { ["--status", $0] } ?? []))
        #expect(result.exit == 0, "\(result.stderr)")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode([ParcelJSON].self, from: Data(result.stdout.utf8))
    }

    static func waitForParcels(_ hub: Daemon, count: Int) async throws -> [ParcelJSON] {
        var latest: [ParcelJSON] = []
        try await waitUntil(seconds: 10) {
            latest = try await parcels(hub)
            return latest.count >= count
        }
        return latest
    }

    static func addResidents(_ hub: Daemon) async throws {
        try await hub.ensureStaff()
        let jan = await hub.kiosk(["residents", "add", "--reference", "R1", "--name", "Jan de Vries", "--street", "Dorpsstraat",
                             "--number", "10", "--postcode", "7423ab", "--town", "Deventer", "--remarks", "bel twee keer"])
        #expect(jan.exit == 0, "\(jan.stderr)")
        let ria = await hub.kiosk(["residents", "add", "--reference", "R2", "--name", "Ria Jansen", "--street", "Kerkweg",
                             "--number", "3", "--postcode", "7423 AC", "--town", "Deventer"])
        #expect(ria.exit == 0, "\(ria.stderr)")
    }

    @Test func scansManifestsAssignmentAndOutcomes() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await Self.addResidents(hub)
        let manifest = hub.directory + "/apotheek.csv"
        try "barcode,resident\nAPO-000001,R1\nAPO-000002,R404\nTDJ1234567,R1\n".write(toFile: manifest, atomically: true, encoding: .utf8)
        let imported = await hub.kiosk(["manifest", "import", manifest])
        #expect(imported.exit == 65)
        #expect(imported.stderr.contains("apotheek.csv:3:"))
        #expect(imported.stdout.contains("2 parcels announced"))

        for code in ["APO-000001", "VG12345678", "TDJ1234567", "VG12345678"] { try hub.scan(code) }
        _ = try await Self.waitForParcels(hub, count: 3)
        try await waitUntil(seconds: 5) { hub.log().contains("scan duplicate") }
        let parcels = try await Self.parcels(hub)
        #expect(parcels.map(\.barcode).sorted() == ["APO-000001", "TDJ1234567", "VG12345678"])
        #expect(parcels.first { $0.barcode == "APO-000001" }?.resident?.name == "Jan de Vries")
        #expect(parcels.first { $0.barcode == "TDJ1234567" }?.deadlineAt != nil)
        #expect(try await Self.parcels(hub, status: "unassigned").map(\.barcode) == ["VG12345678"])

        #expect(await hub.kiosk(["parcel", "assign", "VG12345678", "R404"]).stderr.contains("no resident 'R404'"))
        #expect(await hub.kiosk(["parcel", "assign", "VG12345678", "R2"]).exit == 0)
        #expect(try await Self.parcels(hub, status: "unassigned").isEmpty)

        let letterbox = await hub.kiosk(["parcel", "deliver", "APO-000001", "--outcome", "letterbox"])
        #expect(letterbox.exit != 0)
        #expect(letterbox.stderr.contains("medication is never left in a letterbox"))
        #expect(await hub.kiosk(["parcel", "deliver", "APO-000001", "--outcome", "contact"]).exit == 0)
        let twice = await hub.kiosk(["parcel", "deliver", "APO-000001", "--outcome", "neighbour"])
        #expect(twice.exit != 0)
        #expect(twice.stderr.contains("already settled"))
        #expect(await hub.kiosk(["parcel", "deliver", "VG12345678", "--outcome", "not-home"]).exit == 0)
        #expect(await hub.kiosk(["parcel", "deliver", "TDJ1234567", "--outcome", "bogus"]).exit == 64)

        let final = try await Self.parcels(hub)
        #expect(final.first { $0.barcode == "APO-000001" }?.outcome == "contact")
        #expect(final.first { $0.barcode == "VG12345678" }?.status == "not-home")

        let csv = await hub.kiosk(["today", "--csv"])
        #expect(csv.exit == 0)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "name,street,number,postcode,town,parcel count,remarks")
        #expect(lines.contains { $0.hasPrefix("Jan de Vries,Dorpsstraat,10,7423 AB,Deventer,1,bel twee keer; chilled: hand over before") })
        #expect(lines.contains("Ria Jansen,Kerkweg,3,7423 AC,Deventer,1,retry (not home before)"))
    }

    @Test func badInputOnTheSerialLineIsRefusedAndNothingIsLost() async throws {
        let hub = try Daemon()
        try await hub.start()
        try hub.scan("VG11111111")
        _ = try await Self.waitForParcels(hub, count: 1)
        try hub.writeRaw(Array(repeating: UInt8(ascii: "7"), count: 10_240) + [0x0D])
        try hub.writeRaw([0x00, 0xFF, 0xFE, 0x80, 0x9B, 0x01, 0x0D])
        try hub.writeRaw(Array("AB\u{07}CD\r".utf8))
        try hub.writeRaw(Array("   \r".utf8))
        try hub.scan("VG22222222")
        let parcels = try await Self.waitForParcels(hub, count: 2)
        #expect(parcels.map(\.barcode) == ["VG11111111", "VG22222222"])
        let log = hub.log()
        #expect(log.contains("longer than 256 bytes"))
        #expect(log.components(separatedBy: "scan rejected").count - 1 >= 3)
        let status = await hub.kiosk(["status"])
        #expect(status.stdout.contains("connected"))
    }

    @Test func residentsCanBeListedShownAndEdited() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await Self.addResidents(hub)
        #expect(await hub.kiosk(["residents", "list"]).stdout.contains("Ria Jansen"))
        #expect(await hub.kiosk(["residents", "edit", "R2", "--phone", "0570-123456"]).exit == 0)
        #expect(await hub.kiosk(["residents", "show", "R2"]).stdout.contains("0570-123456"))
        let bad = await hub.kiosk(["residents", "add", "--name", "X", "--street", "Y", "--number", "1", "--postcode", "ABCD", "--town", "Z"])
        #expect(bad.exit == 65)
        #expect(bad.stderr.contains("postcode"))
    }
}
