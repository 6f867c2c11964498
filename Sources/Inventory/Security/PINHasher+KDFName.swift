extension PINHasher {
    /// The hasher a stored hash was made with, so raising the cost for new PINs does not lock
    /// out staff whose PIN was hashed before. Bounded, so a tampered row cannot demand gigabytes.
    public init?(kdfName: String) {
        let parts = kdfName.split(separator: "-")
        guard parts.count == 4, parts[0] == "scrypt",
              let rounds = Self.number(parts[1], prefix: "n"), let blockSize = Self.number(parts[2], prefix: "r"),
              let parallelism = Self.number(parts[3], prefix: "p"),
              (2...(1 << 20)).contains(rounds), rounds & (rounds - 1) == 0,
              (1...32).contains(blockSize), (1...16).contains(parallelism) else {
            return nil
        }
        self.init(rounds: rounds, blockSize: blockSize, parallelism: parallelism)
    }

    private static func number(_ part: Substring, prefix: Character) -> Int? {
        guard part.first == prefix else { return nil }
        return Int(part.dropFirst())
    }
}
