import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a PIN without echoing it: from the terminal with echo off, or one line of stdin for
/// scripts (`--pin-stdin`). The PIN is never printed, not even as stars.
enum PINReader {
    static func read(prompt: String, fromStdin: Bool) throws -> String {
        if fromStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw KioskError(.usage, "no PIN on stdin — pipe it in, e.g. `echo 1234 | kiosk login --pin-stdin`")
            }
            return line.trimmingCharacters(in: .whitespaces)
        }
        let tty = open("/dev/tty", O_RDWR)
        guard tty >= 0 else {
            throw KioskError(.usage, "no terminal to ask the PIN on — use --pin-stdin")
        }
        defer { close(tty) }
        var original = termios()
        tcgetattr(tty, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(tty, TCSANOW, &silent)
        defer { tcsetattr(tty, TCSANOW, &original) }
        _ = prompt.withCString { write(tty, $0, strlen($0)) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Glibc.read(tty, &byte, 1) == 1, byte != 0x0A, byte != 0x0D, bytes.count < 64 {
            bytes.append(byte)
        }
        _ = write(tty, "\n", 1)
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }
}
