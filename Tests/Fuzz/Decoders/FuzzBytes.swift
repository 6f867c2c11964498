/// Reads a fuzz input as a few option bytes followed by the payload, so one input both picks a
/// decoder's settings and feeds it. Past the end it reads zeros: every input is a valid run.
struct FuzzBytes {
    private var rest: ArraySlice<UInt8>

    init(_ bytes: [UInt8]) {
        rest = bytes[...]
    }

    var isEmpty: Bool { rest.isEmpty }
    var remaining: [UInt8] { Array(rest) }

    mutating func byte() -> UInt8 {
        rest.popFirst() ?? 0
    }

    mutating func take(_ count: Int) -> [UInt8] {
        let taken = rest.prefix(count)
        rest = rest.dropFirst(count)
        return Array(taken)
    }

    /// The payload cut into pieces of `size`, as successive reads would deliver it.
    static func chunks(_ bytes: [UInt8], size: Int) -> [[UInt8]] {
        stride(from: 0, to: bytes.count, by: max(1, size)).map { Array(bytes[$0..<min($0 + max(1, size), bytes.count)]) }
    }
}

/// A broken promise. `precondition` drops its message in an optimised build, and the message is
/// what makes a crash readable in the fuzzer's log, so this stops through `fatalError`.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        fatalError(message())
    }
}
