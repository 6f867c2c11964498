import Devices
import Foundation
import Inventory
import Testing
import Workflows

/// The store matches taps by their digests alone; these must agree with the device layer's
/// rule (`PassUID.matches`) for every pair, or a card would be recognised on one path and not
/// the other.
@Suite struct PassDigestRuleTests {
    private let key = HubKey(bytes: Data(repeating: 0x33, count: 32))

    /// Full 4-byte cards sharing and not sharing Wiegand bits, their Wiegand forms, 7-byte cards
    /// ending in the same bits, and lengths no Wiegand reader produces.
    private let uids: [PassUID] = [
        [0x92, 0xA7, 0x82, 0x30], [0x11, 0xA7, 0x82, 0x30], [0x92, 0xA7, 0x82, 0x31],
        [0xA7, 0x82, 0x30], [0xA7, 0x82, 0x31],
        [0x04, 0x11, 0x22, 0x33, 0xA7, 0x82, 0x30], [0x04, 0x11, 0x22, 0x33, 0xA7, 0x82, 0x31],
        [0xA7, 0x82], [0x55, 0x92, 0xA7, 0x82, 0x30],
    ].map { PassUID(bytes: $0) }

    @Test func digestsMatchExactlyWhenTheUIDsDo() {
        for tapped in uids {
            for stored in uids {
                #expect(key.digest(of: tapped).matches(key.digest(of: stored)) == tapped.matches(stored), "\(tapped.bytes) vs \(stored.bytes)")
            }
        }
    }

    @Test func aWiegandTapAndAFullTapOfOneCardShareOnlyTheWiegandDigest() throws {
        let full = key.digest(of: PassUID(bytes: [0x92, 0xA7, 0x82, 0x30]))
        let short = key.digest(of: try UIDFormat.wiegand26Reversed.parse("3179175", length: 4).get())
        #expect(full.bytes != short.bytes)
        #expect(full.wiegand == short.wiegand)
        #expect(short.isWiegandOnly && !full.isWiegandOnly)
        #expect(short.wiegand != short.bytes, "the Wiegand digest is domain-separated from a 3-byte UID's")
    }
}
