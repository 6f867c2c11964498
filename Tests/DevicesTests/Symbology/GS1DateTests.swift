import Devices
import Testing

/// GS1 General Specifications §7.12: YY − (current year mod 100) ≥ 51 is the previous century,
/// ≤ −50 the next one, anything else the current century. Each vector names its reference year.
@Suite struct GS1DateTests {
    @Test(arguments: [
        (yy: 99, expected: 1999),
        (yy: 77, expected: 1977),  // difference 51: previous century
        (yy: 76, expected: 2076),  // difference 50: still this century
        (yy: 26, expected: 2026),
        (yy: 0, expected: 2000),
        (yy: 1, expected: 2001),
    ])
    func windowAroundReferenceYear2026(yy: Int, expected: Int) {
        #expect(GS1Date.year(twoDigit: yy, currentYear: 2026) == expected)
    }

    @Test(arguments: [
        (yy: 10, expected: 2110),  // difference −50: next century
        (yy: 11, expected: 2011),  // difference −49: this century
        (yy: 99, expected: 2099),  // difference 39
        (yy: 60, expected: 2060),
    ])
    func windowAroundReferenceYear2060(yy: Int, expected: Int) {
        #expect(GS1Date.year(twoDigit: yy, currentYear: 2060) == expected)
    }

    /// Around a century change: in 2099, "00" is 2100 and "49" 2149 (difference −50 from 99 is
    /// 49), while "50" is 2050.
    @Test func windowAroundReferenceYear2099() {
        #expect(GS1Date.year(twoDigit: 0, currentYear: 2099) == 2100)
        #expect(GS1Date.year(twoDigit: 49, currentYear: 2099) == 2149)
        #expect(GS1Date.year(twoDigit: 50, currentYear: 2099) == 2050)
        #expect(GS1Date.year(twoDigit: 48, currentYear: 2000) == 2048)
        #expect(GS1Date.year(twoDigit: 51, currentYear: 2000) == 1951)
        #expect(GS1Date.year(twoDigit: 50, currentYear: 2000) == 2050)
    }

    /// The defect from the field: `17=991231` read in 2026 was booked as 2099.
    @Test func anExpiryOf991231ReadIn2026WasIn1999() throws {
        let date = try #require(GS1Date("991231", currentYear: 2026))
        #expect(date.isoText == "1999-12-31")
    }

    @Test func dayZeroIsTheLastDayOfTheMonthInTheWindowedYear() {
        #expect(GS1Date("000200", currentYear: 2026)?.isoText == "2000-02-29")
        #expect(GS1Date("280200", currentYear: 2026)?.isoText == "2028-02-29")
        #expect(GS1Date("270200", currentYear: 2026)?.isoText == "2027-02-28")
        // 2100 is not a leap year; in 2060 "00" is 2100.
        #expect(GS1Date("000200", currentYear: 2060)?.isoText == "2100-02-28")
        #expect(GS1Date("000229", currentYear: 2060) == nil)
    }

    @Test func notADateIsNil() {
        #expect(GS1Date("261301", currentYear: 2026) == nil)
        #expect(GS1Date("260431", currentYear: 2026) == nil)
        #expect(GS1Date("2611", currentYear: 2026) == nil)
        #expect(GS1Date("26113A", currentYear: 2026) == nil)
        #expect(GS1Date("2611300", currentYear: 2026) == nil)
    }
}
