import Foundation
import Testing
@testable import Inventory

@Suite struct PINHasherTests {
    let hasher = TestHub.fastHasher

    @Test func theRightPINVerifiesAndAWrongOneDoesNot() throws {
        let salt = hasher.newSalt()
        let stored = try hasher.hash("2468", salt: salt)
        #expect(try hasher.verify("2468", salt: salt, against: stored))
        #expect(try !hasher.verify("2469", salt: salt, against: stored))
        #expect(try !hasher.verify("2468", salt: hasher.newSalt(), against: stored))
        #expect(try !hasher.verify("2468", salt: salt, against: stored.prefix(16)))
    }

    @Test func saltsDifferSoEqualPINsGetDifferentHashes() throws {
        let one = hasher.newSalt(), two = hasher.newSalt()
        #expect(one.count == 16)
        #expect(one != two)
        #expect(try hasher.hash("2468", salt: one) != hasher.hash("2468", salt: two))
        #expect(try hasher.hash("2468", salt: one) == hasher.hash("2468", salt: one))
    }

    @Test func theKDFNameRoundTripsAndRefusesNonsense() {
        #expect(hasher.kdfName == "scrypt-n1024-r8-p1")
        #expect(PINHasher(kdfName: hasher.kdfName)?.kdfName == hasher.kdfName)
        #expect(PINHasher(kdfName: PINHasher().kdfName)?.rounds == 1 << 15)
        for name in ["", "pbkdf2-n1024-r8-p1", "scrypt-n1000-r8-p1", "scrypt-n1073741824-r8-p1", "scrypt-n1024-r8", "scrypt-n1024-r0-p1", "scrypt-nx-r8-p1"] {
            #expect(PINHasher(kdfName: name) == nil, "\(name)")
        }
    }

    @Test func onlyFourToEightDigitsAreAPIN() {
        for pin in ["1234", "00000000", "2468135"] { #expect(PINHasher.isWellFormed(pin), "\(pin)") }
        for pin in ["", "123", "123456789", "12a4", "12 34", "-123", "1.234"] { #expect(!PINHasher.isWellFormed(pin), "\(pin)") }
    }
}
