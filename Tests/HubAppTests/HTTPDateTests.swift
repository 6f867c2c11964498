import Foundation
import Testing
@testable import HubApp

/// The `Date` header the hub's own server writes now that Hummingbird's once-a-second date
/// timer is gone (issue 16).
@Suite struct HTTPDateTests {
    /// RFC 9110, 5.6.7 gives this IMF-fixdate as its example.
    @Test func theRFCExampleIsWrittenAsTheRFCWritesIt() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    @Test func singleDigitsArePaddedAndTheYearIsWhole() {
        #expect(HTTPDate.format(1_798_761_605) == "Fri, 01 Jan 2027 00:00:05 GMT")
    }

    @Test func nowNamesTheCurrentSecond() throws {
        let before = Date().timeIntervalSince1970.rounded(.down)
        let text = HTTPDate.now()
        let after = Date().timeIntervalSince1970.rounded(.down)
        #expect([HTTPDate.format(Int(before)), HTTPDate.format(Int(after))].contains(text))
    }
}
