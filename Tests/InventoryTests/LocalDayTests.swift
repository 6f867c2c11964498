import Testing
@testable import Inventory

/// A day typed by staff (a follow-up date, a report's range) is a real calendar day or nothing.
@Suite struct LocalDayTests {
    @Test func takesRealDaysOnly() {
        for text in ["2026-02-28", "2028-02-29", "2000-02-29", "2026-04-30", "2026-12-31"] {
            #expect(LocalDay(text)?.text == text, "\(text)")
        }
        for text in ["2026-02-29", "1900-02-29", "2026-02-31", "2026-04-31", "2026-11-31", "2026-12-+5", "2026-13-01", "2026-00-10", "26-12-01"] {
            #expect(LocalDay(text) == nil, "\(text)")
        }
    }
}
