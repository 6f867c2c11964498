import Foundation
import Testing
@testable import Inventory

@Suite struct YearMonthTests {
    @Test func readsAMonthAndItsBounds() throws {
        let month = try #require(YearMonth("2026-11"))
        #expect(month.description == "2026-11")
        #expect(month.firstDay.text == "2026-11-01")
        #expect(month.nextMonthFirstDay.text == "2026-12-01")
        let december = try #require(YearMonth("2026-12"))
        #expect(december.nextMonthFirstDay.text == "2027-01-01")
        #expect(december.next.description == "2027-01")
        #expect(try #require(YearMonth("2027-01")).previous == december)
        #expect(YearMonth(containing: try #require(LocalDay("2026-02-28"))).description == "2026-02")
    }

    @Test func refusesAnythingButYYYYMM() {
        for text in ["2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", "", "abcd-ef", "2026/11", " 2026-11", "2026-+1", "0000-01"] {
            #expect(YearMonth(text) == nil, "\(text)")
        }
    }

    @Test func codesAsItsText() throws {
        let month = try #require(YearMonth("2026-03"))
        let data = try JSONEncoder().encode(month)
        #expect(String(decoding: data, as: UTF8.self) == "\"2026-03\"")
        #expect(try JSONDecoder().decode(YearMonth.self, from: data) == month)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(YearMonth.self, from: Data("\"2026-3\"".utf8)) }
    }
}
