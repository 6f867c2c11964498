import Crypto
import Foundation
import _CryptoExtras

/// Staff PINs are short, so they are stretched with scrypt: guessing all 10^8 eight-digit PINs
/// from a stolen database then costs years instead of seconds.
public struct PINHasher: Sendable {
    /// scrypt cost parameters; `kdfName` is stored with each hash so they can be raised later.
    public var rounds: Int
    public var blockSize: Int
    public var parallelism: Int

    public init(rounds: Int = 1 << 15, blockSize: Int = 8, parallelism: Int = 1) {
        self.rounds = rounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }

    public var kdfName: String { "scrypt-n\(rounds)-r\(blockSize)-p\(parallelism)" }

    public func newSalt() -> Data {
        SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
    }

    public func hash(_ pin: String, salt: Data) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(pin.utf8), salt: salt, outputByteCount: 32,
            rounds: rounds, blockSize: blockSize, parallelism: parallelism
        )
        return key.withUnsafeBytes { Data($0) }
    }

    /// Compares in constant time, so response timing tells nothing about the PIN.
    public func verify(_ pin: String, salt: Data, against stored: Data) throws -> Bool {
        let candidate = try hash(pin, salt: salt)
        guard candidate.count == stored.count else { return false }
        return zip(candidate, stored).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// 4–8 digits, nothing else.
    public static func isWellFormed(_ pin: String) -> Bool {
        (4...8).contains(pin.count) && pin.allSatisfy { ("0"..."9").contains($0) }
    }
}
