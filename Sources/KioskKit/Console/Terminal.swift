import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kiosk's screen and keypad: stdin in raw mode, the alternate screen, no cursor.
///
/// Whatever happens, `restore()` puts the terminal back as it was — a kiosk left in raw mode
/// with a hidden cursor looks broken to the next person who walks up to it. It is idempotent
/// and called on normal exit, on SIGINT/SIGTERM (via the controller) and on errors.
public final class Terminal: Sendable {
    public let input: Int32
    public let output: Int32
    private let saved: Mutex<termios?>

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
        self.saved = Mutex(nil)
    }

    /// Whether both ends are a terminal; the console is meaningless on a pipe or file.
    public static func isInteractive(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> Bool {
        isatty(input) == 1 && isatty(output) == 1
    }

    /// Raw keypad input (no echo, no line buffering, Ctrl-C as a byte), alternate screen, hidden cursor.
    public func enter() throws(KioskError) {
        var original = termios()
        guard tcgetattr(input, &original) == 0 else { throw Self.failure("read the terminal settings") }
        var raw = original
        cfmakeraw(&raw)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else { throw Self.failure("switch the terminal to raw mode") }
        saved.withLock { $0 = original }
        write(Array((TerminalCodes.enterAlternateScreen + TerminalCodes.hideCursor + TerminalCodes.clearScreen).utf8))
    }

    /// Back to the settings found at `enter()`, the normal screen and a visible cursor.
    public func restore() {
        let original = saved.withLock { state in
            defer { state = nil }
            return state
        }
        guard var original else { return }
        write(Array((TerminalCodes.resetStyle + TerminalCodes.showCursor + TerminalCodes.leaveAlternateScreen).utf8))
        _ = tcsetattr(input, TCSAFLUSH, &original)
    }

    /// The size from the kernel (`TIOCGWINSZ`), or 80×24 if it cannot tell.
    public func size() -> TerminalSize {
        var window = winsize()
        let result = withUnsafeMutablePointer(to: &window) { ioctl(output, UInt(TIOCGWINSZ), $0) }
        guard result == 0, window.ws_col > 0, window.ws_row > 0 else { return .fallback }
        return TerminalSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
    }

    /// Writes everything, retrying short writes and interruptions, so a frame is never half drawn.
    public func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(output, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR || errno == EAGAIN {
                continue
            } else {
                return
            }
        }
    }

    private static func failure(_ action: String) -> KioskError {
        KioskError(.io, "could not \(action) (\(String(cString: strerror(errno)))) — run the console on a real terminal")
    }
}

/// The C `write(2)`, out of reach inside `Terminal` whose own `write` shadows it.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
