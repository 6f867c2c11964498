import CGPIOD

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An LED or buzzer line requested through libgpiod.
///
/// `@unchecked Sendable` because the `gpiod_line` pointer belongs to its chip and libgpiod does
/// no locking: the feedback actor is the only caller of `set`, so calls never overlap.
final class LibgpiodOutputLine: GPIOOutput, @unchecked Sendable {
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

    func set(_ on: Bool) throws(GPIOError) {
        guard gpiod_line_set_value(line, on ? 1 : 0) == 0 else {
            let number = errno
            throw GPIOError(
                .writeFailed, "cannot set line \(offset) of \(chip.name) (\(GPIOError.reason(number)))", errno: number
            )
        }
    }
}
