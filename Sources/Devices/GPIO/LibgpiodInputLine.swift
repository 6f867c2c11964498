import CGPIOD

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A button line requested for edge events through libgpiod.
///
/// `@unchecked Sendable` because the `gpiod_line` pointer belongs to its chip and libgpiod does
/// no locking: exactly one reading thread waits on and reads each input line.
final class LibgpiodInputLine: GPIOInput, @unchecked Sendable {
    let offset: Int
    /// Held so the chip is closed only after this line was released.
    private let chip: LibgpiodChip
    private let line: OpaquePointer

    init(chip: LibgpiodChip, line: OpaquePointer, offset: Int) {
        self.chip = chip
        self.line = line
        self.offset = offset
    }

    deinit {
        gpiod_line_release(line)
    }

    func waitForEdge(timeout: Duration) throws(GPIOError) -> GPIOEdge? {
        let parts = timeout.components
        var limit = timespec(tv_sec: Int(parts.seconds), tv_nsec: Int(parts.attoseconds / 1_000_000_000))
        switch gpiod_line_event_wait(line, &limit) {
        case 0:
            return nil
        case 1:
            return try readEdge()
        default:
            let number = errno
            if number == EINTR { return nil }
            throw GPIOError(
                .waitFailed, "waiting for button line \(offset) of \(chip.name) failed (\(GPIOError.reason(number)))", errno: number
            )
        }
    }

    private func readEdge() throws(GPIOError) -> GPIOEdge? {
        var event = gpiod_line_event()
        guard gpiod_line_event_read(line, &event) == 0 else {
            let number = errno
            throw GPIOError(
                .readFailed, "reading button line \(offset) of \(chip.name) failed (\(GPIOError.reason(number)))", errno: number
            )
        }
        let time = Duration.seconds(event.ts.tv_sec) + .nanoseconds(event.ts.tv_nsec)
        switch event.event_type {
        case Int32(GPIOD_LINE_EVENT_RISING_EDGE):
            return GPIOEdge(.rising, at: time)
        case Int32(GPIOD_LINE_EVENT_FALLING_EDGE):
            return GPIOEdge(.falling, at: time)
        default:
            return nil
        }
    }
}
