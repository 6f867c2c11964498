import Foundation
import Testing
@testable import Inventory

@Suite struct ManifestTests {
    @Test func csvBadRowsAreReportedByLineAndGoodRowsLoad() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        try await hub.addResident("Ria Jansen", reference: "R2")
        let csv = "barcode,resident\nAPO-000001,R1\n,R2\nAPO-000003,R9\nAPO-000001,R2\nAPO-000005,R2\n"
        let parsed = ManifestParser.parse(csv, format: .csv)
        let result = try await hub.manifests.importRows(parsed, supplier: "apotheek", source: "m.csv", by: nil)
        #expect(result.loaded == 2)
        #expect(result.errors.map(\.line) == [3, 4, 5])
        #expect(result.errors[1].message.en.contains("R9"))
    }

    @Test func semicolonExportsAndDutchHeadersWork() {
        let parsed = ManifestParser.parse("Zendingnummer;Bewoner\nVG12345678;R1\n", format: .csv)
        #expect(parsed.rows == [ManifestRow(line: 2, barcode: "VG12345678", resident: "R1")])
        #expect(parsed.errors.isEmpty)
    }

    @Test func aMissingHeaderIsExplained() {
        let parsed = ManifestParser.parse("VG12345678,R1\n", format: .csv)
        #expect(parsed.rows.isEmpty)
        #expect(parsed.errors.first?.line == 1)
    }

    @Test func jsonRowsCarryTheirLineNumbers() {
        let json = """
        {"supplier": "apotheek", "parcels": [
          {"barcode": "APO-000001", "resident": "R1"},
          {"barcode": "", "resident": "R1"},
          {"barcode": "APO-000003",
           "resident": 42}
        ]}
        """
        let parsed = ManifestParser.parse(json, format: .json)
        #expect(parsed.rows.map(\.line) == [2, 4])
        #expect(parsed.rows.last?.resident == "42")
        #expect(parsed.rows.first?.supplier == "apotheek")
        #expect(parsed.errors.map(\.line) == [3])
    }

    @Test func brokenJSONIsOneClearError() {
        let parsed = ManifestParser.parse("[{\"barcode\": ", format: .json)
        #expect(parsed.rows.isEmpty)
        #expect(parsed.errors.count == 1)
    }

    @Test func aScanOfAnAnnouncedParcelIsAssignedAtOnce() async throws {
        let hub = try TestHub()
        let jan = try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.manifests.importRows(ManifestParser.parse("barcode,resident\nAPO-000001,R1\n", format: .csv), supplier: nil, source: "m.csv", by: nil)
        guard case .received(let parcel, let resident) = try await hub.scan("APO-000001") else { Issue.record("expected new parcel"); return }
        #expect(parcel.residentId == jan.id)
        #expect(resident?.name == "Jan de Vries")
    }

    @Test func aLateManifestAssignsParcelsAlreadyScanned() async throws {
        let hub = try TestHub()
        try await hub.addResident("Jan de Vries", reference: "R1")
        _ = try await hub.scan("APO-000001")
        let result = try await hub.manifests.importRows(ManifestParser.parse("barcode,resident\nAPO-000001,R1\n", format: .csv), supplier: nil, source: "m.csv", by: nil)
        #expect(result.assignedNow == 1)
        let again = try await hub.manifests.importRows(ManifestParser.parse("barcode,resident\nAPO-000001,R1\n", format: .csv), supplier: nil, source: "m.csv", by: nil)
        #expect(again.loaded == 0 && again.alreadyKnown == 1)
    }
}
