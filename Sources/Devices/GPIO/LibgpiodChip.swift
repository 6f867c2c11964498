import CGPIOD

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A GPIO chip opened through libgpiod 1.6 (the v1 API that Debian 12 and Pi OS bookworm ship).
///
/// `@unchecked Sendable` because the `gpiod_chip` pointer is not thread-safe in general: the
/// chip is only used to hand out lines at setup, and afterwards each requested line is used by
/// exactly one owner (the feedback actor, or one button-reading thread). Lines keep the chip
/// alive, so `gpiod_chip_close` runs only after every line was released.
public final class LibgpiodChip: GPIOChip, @unchecked Sendable {
    /// The consumer name `gpioinfo` shows for lines the hub holds.
    static let consumer = "hubd"

    public let name: String
    private let handle: OpaquePointer

    private init(name: String, handle: OpaquePointer) {
        self.name = name
        self.handle = handle
    }

    deinit {
        gpiod_chip_close(handle)
    }

    /// The production opener for `GPIOFeedback` and `GPIOButtons`.
    public static let opener: GPIOChipOpener = { name throws(GPIOError) in try LibgpiodChip.open(name) }

    /// Opens `/dev/<name>`; a missing chip is `.noChip`, which callers treat as "no GPIO here".
    public static func open(_ name: String) throws(GPIOError) -> LibgpiodChip {
        guard let handle = gpiod_chip_open_by_name(name) else {
            let number = errno
            throw openError(name: name, errno: number)
        }
        return LibgpiodChip(name: name, handle: handle)
    }

    public func output(_ offset: Int) throws(GPIOError) -> any GPIOOutput {
        let line = try line(at: offset)
        guard gpiod_line_request_output(line, Self.consumer, 0) == 0 else {
            throw requestError(offset: offset, errno: errno, as: "an output")
        }
        return LibgpiodOutputLine(chip: self, line: line, offset: offset)
    }

    /// Requests both edges so the debouncer sees releases too; the bias matches active-low
    /// buttons to ground. Kernels without bias support (before 5.5) refuse the flag with
    /// EINVAL, and the request is repeated without it (an external pull-up is then needed).
    public func input(_ offset: Int) throws(GPIOError) -> any GPIOInput {
        let line = try line(at: offset)
        let pullUp = Int32(GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_UP)
        if gpiod_line_request_both_edges_events_flags(line, Self.consumer, pullUp) != 0 {
            var number = errno
            if number == EINVAL {
                guard gpiod_line_request_both_edges_events(line, Self.consumer) != 0 else {
                    return LibgpiodInputLine(chip: self, line: line, offset: offset)
                }
                number = errno
            }
            throw requestError(offset: offset, errno: number, as: "a button input")
        }
        return LibgpiodInputLine(chip: self, line: line, offset: offset)
    }

    private func line(at offset: Int) throws(GPIOError) -> OpaquePointer {
        guard let unsigned = UInt32(exactly: offset) else {
            throw GPIOError(.noSuchLine, "line \(offset) of \(name) is not a valid line number — check the gpio lines in the config")
        }
        guard let line = gpiod_chip_get_line(handle, unsigned) else {
            let number = errno
            throw GPIOError(
                .noSuchLine,
                "\(name) has no line \(offset) (\(GPIOError.reason(number))) — check the gpio lines in the config; gpioinfo lists them",
                errno: number
            )
        }
        return line
    }

    private static func openError(name: String, errno number: Int32) -> GPIOError {
        let reason = GPIOError.reason(number)
        switch number {
        case ENOENT:
            return GPIOError(.noChip, "no \(name) (\(reason))", errno: number)
        case EACCES, EPERM:
            return GPIOError(.permissionDenied, "cannot open /dev/\(name) (\(reason)) — add the hubd user to the gpio group", errno: number)
        default:
            return GPIOError(.openFailed, "cannot open /dev/\(name) (\(reason)) — is it a GPIO chip?", errno: number)
        }
    }

    private func requestError(offset: Int, errno number: Int32, as use: String) -> GPIOError {
        let reason = GPIOError.reason(number)
        switch number {
        case EBUSY:
            return GPIOError(.busy, "line \(offset) of \(name) is in use by another program (\(reason)) — gpioinfo shows who holds it", errno: number)
        case EACCES, EPERM:
            return GPIOError(.permissionDenied, "cannot request line \(offset) of \(name) (\(reason)) — add the hubd user to the gpio group", errno: number)
        default:
            return GPIOError(.requestFailed, "cannot request line \(offset) of \(name) as \(use) (\(reason))", errno: number)
        }
    }
}
