import Foundation
import Inventory

/// What staff and residents wait for at a tap: one PIN check (scrypt, deliberately slow) and
/// one pass digest (HMAC-SHA256). Also the memory scrypt takes, which matters on a Pi.
enum CredentialCost {
    static func report(pins: Int) throws -> String {
        let hasher = PINHasher()
        let salt = hasher.newSalt()
        let clock = ContinuousClock()
        var pinTimes: [Double] = []
        for attempt in 0..<pins {
            let elapsed = try clock.measure { _ = try hasher.hash(String(format: "%04d", attempt), salt: salt) }
            pinTimes.append(elapsed.seconds * 1000)
        }
        let key = HubKey(bytes: Data(repeating: 1, count: 32))
        let digests = 100_000
        let digestTime = clock.measure {
            for index in 0..<digests {
                _ = key.digest(ofPass: [UInt8(index & 0xFF), UInt8(index >> 8 & 0xFF), 0x6C, 0xED])
            }
        }
        pinTimes.sort()
        let median = pinTimes[pinTimes.count / 2]
        let memory = 128 * hasher.rounds * hasher.blockSize / 1024 / 1024
        return """
            PIN check (\(hasher.kdfName), about \(memory) MiB): median \(String(format: "%.1f", median)) ms, \
            max \(String(format: "%.1f", pinTimes.last ?? 0)) ms over \(pins) PINs
            pass digest (HMAC-SHA256): \(String(format: "%.2f", digestTime.seconds * 1_000_000 / Double(digests))) µs per tap
            """
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
