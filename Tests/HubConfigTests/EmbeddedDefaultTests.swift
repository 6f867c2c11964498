import Devices
import Inventory
import Testing
@testable import HubConfig

@Suite struct EmbeddedDefaultTests {
    @Test func parsesWithoutWarnings() throws {
        let result = try ConfigLoader.parseWithWarnings(text: ConfigLoader.embeddedDefaultText, file: "embedded")
        #expect(result.warnings.isEmpty)
    }

    @Test func describesTheDemoHub() {
        let configuration = ConfigLoader.embeddedDefault
        #expect(configuration.hub == HubSettings(
            name: "buurhub demo", dataDirectory: "./var", socketPath: "./var/hubd.sock", language: "nl", coldChainHours: 4
        ))
        #expect(configuration.devices.isEmpty)
        #expect(configuration.sourcePath == nil)
    }

    @Test func hasTheDemoSuppliers() {
        let suppliers = ConfigLoader.embeddedDefault.suppliers
        #expect(suppliers.map(\.id) == ["vegro", "apotheek", "maaltijden", "boodschappen", "wasserij"])
        #expect(suppliers.map(\.name) == ["Vegro", "Apotheek De Linde", "Tafeltje Dek Je", "Boodschappenservice", "Wasserij Zuid"])
        #expect(suppliers.filter(\.medication).map(\.id) == ["apotheek"])
        #expect(suppliers.filter(\.coldChain).map(\.id) == ["maaltijden"])
        #expect(suppliers[0].patterns.map(\.source) == ["^]C1.*", "^VG[0-9]{8}$"])
    }

    @Test(arguments: [
        ("]C1ABC123", "vegro"),
        ("VG12345678", "vegro"),
        ("APO-123456", "apotheek"),
        ("TDJ1234567", "maaltijden"),
        ("BS123456789", "boodschappen"),
        ("WZ-12345", "wasserij"),
    ])
    func patternsRecogniseTheirBarcodes(barcode: String, supplier: String) {
        let matching = ConfigLoader.embeddedDefault.suppliers.filter { $0.matches(barcode) }.map(\.id)
        #expect(matching == [supplier])
    }

    @Test func patternsRejectNearMisses() {
        let suppliers = ConfigLoader.embeddedDefault.suppliers
        for barcode in ["VG1234567", "APO-12345", "TDJ12345678", "WZ12345", "XX"] {
            #expect(!suppliers.contains { $0.matches(barcode) }, "\(barcode)")
        }
    }
}
