import Foundation
import Testing
@testable import Inventory

@Suite struct CentsTests {
    @Test func whatStaffTypeIsRead() throws {
        let cases: [(String, Int)] = [
            ("1.50", 150), ("1,50", 150), ("€ 1,50", 150), ("€1.50", 150), (" 2 ", 200), ("2", 200), ("0", 0), ("0.5", 50), ("0,05", 5), ("12,00", 1200),
        ]
        for (text, cents) in cases {
            #expect(try Cents.parse(text) == Cents(cents), "\(text)")
        }
    }

    @Test func aFractionOfACentIsRefusedSayingSo() {
        do {
            _ = try Cents.parse("1.505")
            Issue.record("1.505 should be refused")
        } catch let error as InventoryError {
            #expect(error.code == .invalidInput)
            #expect(error.text.nl.contains("fractie van een cent"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func whatIsNotAnAmountIsRefused() {
        for text in ["-1", "abc", "1,5,0", "", "1.", ",50", "1,5a", "€", "1 50", "+1"] {
            #expect(throws: InventoryError.self, "\(text)") { try Cents.parse(text) }
        }
    }

    @Test func amountsAreShownInEachLanguage() {
        #expect(Cents(150).formatted(.nl) == "€ 1,50")
        #expect(Cents(150).formatted(.en) == "€ 1.50")
        #expect(Cents(5).formatted(.nl) == "€ 0,05")
        #expect(Cents(0).formatted(.en) == "€ 0.00")
        #expect(Cents(-250).formatted(.nl) == "-€ 2,50")
        #expect(Cents(1200).text == LocalizedText(nl: "€ 12,00", en: "€ 12.00"))
    }
}
