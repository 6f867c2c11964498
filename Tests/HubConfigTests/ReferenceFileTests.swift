import Foundation
import Inventory
import Testing
@testable import HubConfig

/// Central's reference file (`hubcentral reference load`): what a hub will accept, checked at
/// the door with every problem named by line.
@Suite struct ReferenceFileTests {
    /// The example the README points at.
    static let good: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("demo/reference.toml"), encoding: .utf8)) ?? ""
    }()

    @Test func aGoodFileGivesEveryItemWithItsKey() throws {
        let items = try ReferenceLoader.parse(text: Self.good, file: "reference.toml")
        #expect(items.map(\.kind) == [.supplier, .service, .service, .article])
        #expect(items.map(\.key) == ["bakker", "markt-vr", "kapper", "VG-1001"])
        guard case .service(_, let active) = items[2] else { Issue.record("expected a service"); return }
        #expect(!active)
        guard case .supplier(let bakker) = items[0] else { Issue.record("expected a supplier"); return }
        #expect(bakker.rateCents == 175)
        #expect(try ReferenceItem(kind: .supplier, key: "bakker", body: items[0].body()) == items[0], "the body reads back to the item")
    }

    @Test func everyProblemIsNamedByLineIncludingWhatAHubWouldRefuse() {
        let text = """
            [[services]]
            code = "markt"
            kind = "ride"
            name = "Markt"
            price = "250"
            max_price = "10,00"
            payment = "pin"

            [[services]]
            code = "MARKT"
            kind = "taxi"
            name = "Markt"
            price = "1"
            payment = "pin"

            [[articles]]
            number = "VG-2"
            gtins = ["123"]
            name = "Bed"
            kind = "loan"

            [[residents]]
            name = "Jan"
            """
        do {
            _ = try ReferenceLoader.parse(text: text, file: "reference.toml")
            Issue.record("a bad file was accepted")
        } catch {
            let found = error.issues
            #expect(found.contains { $0.line == 1 && $0.message.contains("250") }, "\(error)")
            #expect(found.contains { $0.key == "code" && $0.code == .duplicate }, "\(error)")
            #expect(found.contains { $0.key == "kind" && $0.message.contains("taxi") }, "\(error)")
            #expect(found.contains { $0.message.contains("GTIN") || $0.message.contains("123") }, "\(error)")
            #expect(found.contains { $0.code == .unknownTable && $0.key == "residents" }, "\(error)")
        }
    }

    @Test func anEmptyFileLoadsNothingAndSaysSo() {
        #expect(throws: ConfigError.self) { try ReferenceLoader.parse(text: "# nothing\n", file: "reference.toml") }
    }
}
