import Crypto
import Foundation
import Inventory

/// The dashboard's anti-forgery tokens. A form's token is a MAC of the browser's pairing token
/// under the hub's key: a page from another site cannot read it, and the hub needs no table to
/// check it.
struct FormTokens: Sendable {
    let key: HubKey

    func token(for browserToken: String) -> String {
        key.tag(domain: "dashboard form", browserToken).map { String(format: "%02x", $0) }.joined()
    }

    /// Compared in constant time, so the time a wrong token takes tells nothing.
    func verify(_ given: String, for browserToken: String) -> Bool {
        let expected = Array(token(for: browserToken).utf8)
        let actual = Array(given.utf8)
        guard expected.count == actual.count else { return false }
        return zip(expected, actual).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
