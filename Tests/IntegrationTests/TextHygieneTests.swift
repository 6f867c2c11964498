import Foundation
import HubAPI
import Inventory
import Testing

/// Text at the edges through the real binaries: refused on the way in, escaped on the way out.
@Suite(.serialized) struct TextHygieneTests {
    static let address = ["--street", "Brink", "--number", "1", "--postcode", "7411 BR", "--town", "Deventer"]

    /// A 1 MB name cannot pass through argv (Linux caps one argument at 128 KiB) and a NUL ends an
    /// argument, so kiosk gets 100 000 characters and the full megabyte and the NUL go to the
    /// socket the way a script would send them.
    @Test func anOverlongOrEscapedNameIsRefusedAndNothingIsStored() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await hub.ensureStaff()

        let long = await hub.kiosk(["residents", "add", "--reference", "T1", "--name", String(repeating: "a", count: 100_000)] + Self.address)
        #expect(long.exit == 65)
        #expect(long.stderr.contains("field 'name' is 100000 characters; at most 100"), "\(long.stderr)")

        let token = try String(contentsOfFile: hub.sessionFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let body = try String(decoding: HubJSON.encoder().encode(ResidentFields(
            reference: "T2", name: String(repeating: "b", count: 1_048_576), street: "Brink", houseNumber: "1", postcode: "7411 BR", town: "Deventer"
        )), as: UTF8.self)
        let megabyte = try MalformedRequestTests.request(hub.socketPath, Self.post(APIRoute.residents, token: token, body))
        #expect(megabyte.status == 400)
        #expect(megabyte.body.contains("\"code\":\"text-refused\""), "\(megabyte.body)")
        #expect(megabyte.body.contains("field 'name' is 1048576 characters; at most 100"))

        let escaped = await hub.kiosk(["residents", "add", "--reference", "T3", "--name", "Jan\u{1B}]52;c;aGk=\u{07}\u{1B}[2J"] + Self.address)
        #expect(escaped.exit == 65)
        #expect(escaped.stderr.contains("field 'name' holds a terminal escape sequence"), "\(escaped.stderr)")
        #expect(!escaped.stderr.contains("\u{1B}"))

        let tab = await hub.kiosk(["residents", "add", "--reference", "T4", "--name", "Zoë Ñúñez", "--remarks", "bel\taan"] + Self.address)
        #expect(tab.exit == 65)
        #expect(tab.stderr.contains("field 'remarks' holds a control character (U+0009"), "\(tab.stderr)")

        let nul = try MalformedRequestTests.request(hub.socketPath, Self.post(APIRoute.residents, token: token, """
            {"reference": "T5", "name": "Jan\\u0000de Vries", "street": "Brink", "house_number": "1", "postcode": "7411 BR", "town": "Deventer"}
            """))
        #expect(nul.status == 400)
        #expect(nul.body.contains("field 'name' holds a control character (U+0000"), "\(nul.body)")
        #expect(try await hub.json([Resident].self, ["residents", "list"]).isEmpty, "nothing refused was stored")

        let fine = await hub.kiosk(["residents", "add", "--reference", "T6", "--name", "Zoë Ñúñez", "--remarks", "bel aan\nhond in de tuin"] + Self.address)
        #expect(fine.exit == 0, "\(fine.stderr)")
        #expect(try await hub.json([Resident].self, ["residents", "list"]).map(\.name) == ["Zoë Ñúñez"])
    }

    static func post(_ path: String, token: String, _ body: String) -> String {
        "POST \(path) HTTP/1.1\r\nHost: hub\r\nAccept-Language: en\r\nAuthorization: Bearer \(token)\r\n"
            + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
    }

    @Test func aManifestRowWithAnEscapeSequenceIsNamedByLineAndTheOthersLoad() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await hub.ensureStaff()
        try await hub.addResident("R1", name: "Jan de Vries")
        let manifest = hub.directory + "/apotheek.csv"
        try "barcode,resident\nAPO-000001,R1\nAPO-000002,R1\u{1B}[2J\nAPO-000003,R1\n".write(toFile: manifest, atomically: true, encoding: .utf8)
        let imported = await hub.kiosk(["manifest", "import", manifest])
        #expect(imported.exit == 65)
        #expect(imported.stderr.contains("apotheek.csv:3: field 'resident' holds a terminal escape sequence"), "\(imported.stderr)")
        #expect(imported.stdout.contains("2 parcels announced"), "\(imported.stdout)")
    }

    @Test func aNameThatLooksLikeAFormulaIsGuardedInTheStopList() async throws {
        let hub = try Daemon()
        try await hub.start()
        try await hub.ensureStaff()
        try await hub.addResident("F1", name: "=HYPERLINK(\"http://x\",\"y\")")
        try hub.scan("VG12345678")
        try await waitUntil(seconds: 10, "the parcel to be stored") {
            await hub.kiosk(["parcels", "--json"]).stdout.contains("VG12345678")
        }
        let assign = await hub.kiosk(["parcel", "assign", "VG12345678", "F1"])
        #expect(assign.exit == 0, "\(assign.stderr)")

        let csv = await hub.kiosk(["today", "--csv"])
        #expect(csv.exit == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Brink,1,7411 BR,Deventer,1,"), "\(csv.stdout)")
        let table = await hub.kiosk(["residents", "list"])
        #expect(table.stdout.contains("=HYPERLINK(\"http://x\",\"y\")"), "text output shows the name as it is")
    }

    @Test func aScannedSerialThatLooksLikeAFormulaIsGuardedInTheStatement() async throws {
        let rig = try StockRig()
        try await rig.start()
        try await rig.addArticles()
        try await rig.receive([(StockRig.unit("=1+2"), nil)])
        let ledger = try await rig.hub.json([StockMovement].self, ["stock", "movements", "V-100"])
        #expect(ledger.compactMap(\.serial) == ["=1+2"])

        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let statement = try await rig.run(["stock", "statement", month])
        let row = try #require(statement.stdout.split(separator: "\n").first { $0.hasPrefix("V-100,") }, "\(statement.stdout)")
        #expect(row.contains(",received,1,'=1+2,"), "\(row)")
    }
}
