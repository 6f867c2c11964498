import Synchronization

/// A chip of `FakeGPIOLine`s for tests and `--simulate`; lines are created on first use and
/// stay the same object, so a test can inspect what the driver wrote or inject presses.
public final class FakeGPIOChip: GPIOChip, Sendable {
    public let name: String
    private let now: @Sendable () -> Duration
    private let lines = Mutex<[Int: FakeGPIOLine]>([:])
    private let refused = Mutex<[Int: GPIOError]>([:])

    public init(name: String = "gpiochip0", now: @escaping @Sendable () -> Duration = FakeGPIOLine.uptime) {
        self.name = name
        self.now = now
    }

    /// The line at `offset`, created when first asked for.
    public func line(_ offset: Int) -> FakeGPIOLine {
        lines.withLock { lines in
            if let line = lines[offset] { return line }
            let line = FakeGPIOLine(offset: offset, now: now)
            lines[offset] = line
            return line
        }
    }

    /// Makes requests for `offset` fail, as a line held by another program would; nil lets
    /// them succeed again.
    public func refuse(_ offset: Int, with error: GPIOError?) {
        refused.withLock { $0[offset] = error }
    }

    public func output(_ offset: Int) throws(GPIOError) -> any GPIOOutput {
        if let error = refused.withLock({ $0[offset] }) { throw error }
        return line(offset)
    }

    public func input(_ offset: Int) throws(GPIOError) -> any GPIOInput {
        if let error = refused.withLock({ $0[offset] }) { throw error }
        return line(offset)
    }

    /// An opener that always hands out this chip, whatever name is asked for.
    public var opener: GPIOChipOpener {
        { _ throws(GPIOError) in self }
    }
}
