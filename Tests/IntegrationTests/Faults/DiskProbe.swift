import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Writes 4 KiB and calls `fdatasync` every 50 ms in hubd's own data directory, and keeps every
/// sync that took over 250 ms. A soak gap that coincides with one is the disk's, not hubd's:
/// hubd may not acknowledge a scan before its commit is on disk.
final class DiskProbe: Sendable {
    struct Stall: Sendable {
        var start: ContinuousClock.Instant
        var end: ContinuousClock.Instant
    }

    private let stalls = Mutex<[Stall]>([])
    private let stopped = Mutex(false)

    init(directory: String) {
        let path = directory + "/disk-probe"
        Thread.detachNewThread { [self] in
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return }
            defer { close(fd); unlink(path) }
            let block = [UInt8](repeating: 0x2E, count: 4096)
            while !stopped.withLock({ $0 }) {
                let start = ContinuousClock.now
                _ = block.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                fdatasync(fd)
                let end = ContinuousClock.now
                if end - start > .milliseconds(250) { stalls.withLock { $0.append(Stall(start: start, end: end)) } }
                usleep(50_000)
            }
        }
    }

    func stop() { stopped.withLock { $0 = true } }

    /// How much of `start...end` the disk spent in syncs over 250 ms.
    func stalled(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Duration {
        stalls.withLock { stalls in
            stalls.reduce(Duration.zero) { total, stall in
                let from = max(stall.start, start), to = min(stall.end, end)
                return from < to ? total + (to - from) : total
            }
        }
    }

    var longestStall: Duration {
        stalls.withLock { $0.map { $0.end - $0.start }.max() ?? .zero }
    }
}
