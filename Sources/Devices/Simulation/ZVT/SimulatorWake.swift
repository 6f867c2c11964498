import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Wakes the simulator's serving thread when something outside the link needs it: a stop,
/// or an unsolicited status to send. Without it the thread looked every 20 ms, which kept an
/// idle `hubd --simulate` at about 50 wakeups and 4 % CPU a second (issue 16). The write end
/// is a `WakePipe`, as for the device reading threads; this side owns the read end.
final class SimulatorWake: Sendable {
    private let readEnd: Int32?
    private let writeEnd: WakePipe?

    init() {
        let pair = try? FileDescriptor.pipe(options: [.closeOnExec])
        if let pair {
            _ = fcntl(pair.readEnd.rawValue, F_SETFL, fcntl(pair.readEnd.rawValue, F_GETFL) | O_NONBLOCK)
        }
        readEnd = pair?.readEnd.rawValue
        writeEnd = pair.map { WakePipe($0.writeEnd) }
    }

    deinit {
        writeEnd?.close()
        if let readEnd { _ = Glibc.close(readEnd) }
    }

    func poke() {
        writeEnd?.poke()
    }

    /// Waits until `fd` is readable (true), the wake is poked or `timeout` passes (false).
    /// Without a pipe (out of descriptors) it falls back to 20 ms slices, which are still
    /// correct, only not idle.
    func wait(forReadable fd: Int32, upTo timeout: Duration) -> Bool {
        guard let readEnd else {
            var readable = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            return poll(&readable, 1, min(timeout, .milliseconds(20)).pollMilliseconds) > 0
        }
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 2, timeout.pollMilliseconds) > 0 else { return false }
        if fds[1].revents != 0 {
            var bytes = [UInt8](repeating: 0, count: 64)
            while bytes.withUnsafeMutableBytes({ Glibc.read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
        }
        return fds[0].revents != 0
    }
}
