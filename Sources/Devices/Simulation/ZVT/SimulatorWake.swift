import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Wakes the simulator's serving thread when something outside the link needs it: a stop,
/// or an unsolicited status to send. Without it the thread looked every 20 ms, which kept an
/// idle `hubd --simulate` at about 50 wakeups and 4 % CPU a second (issue 16).
final class SimulatorWake: Sendable {
    private let ends: Mutex<(read: FileDescriptor, write: FileDescriptor)?>

    init() {
        let pair = try? FileDescriptor.pipe(options: [.closeOnExec])
        if let pair {
            for end in [pair.readEnd, pair.writeEnd] {
                _ = fcntl(end.rawValue, F_SETFL, fcntl(end.rawValue, F_GETFL) | O_NONBLOCK)
            }
        }
        ends = Mutex(pair.map { ($0.readEnd, $0.writeEnd) })
    }

    deinit {
        ends.withLock { ends in
            try? ends?.read.close()
            try? ends?.write.close()
        }
    }

    func poke() {
        ends.withLock { ends in
            _ = try? ends?.write.writeAll([UInt8(1)])
        }
    }

    /// Waits until `fd` is readable (true), the wake is poked or `timeout` passes (false).
    /// Without a pipe (out of descriptors) it falls back to 20 ms slices, which are still
    /// correct, only not idle.
    func wait(forReadable fd: Int32, upTo timeout: Duration) -> Bool {
        guard let wake = ends.withLock({ $0?.read.rawValue }) else {
            var readable = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            return poll(&readable, 1, min(timeout, .milliseconds(20)).pollMilliseconds) > 0
        }
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 2, timeout.pollMilliseconds) > 0 else { return false }
        if fds[1].revents != 0 {
            drain(wake)
        }
        return fds[0].revents != 0
    }

    private func drain(_ fd: Int32) {
        var bytes = [UInt8](repeating: 0, count: 64)
        while bytes.withUnsafeMutableBytes({ Glibc.read(fd, $0.baseAddress, $0.count) }) > 0 {}
    }
}
