import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// hubd processes that outlived the test run that started them.
///
/// Such an orphan keeps reopening its scanner's pty path after the pty is gone. The kernel
/// reuses pty numbers, so it opens the next test's `/dev/pts/N` and reads the scans meant for
/// that test's hubd: "a scan written to the pty never reached the database". That was the stall
/// seen under load: a runner killed by a timeout left its hubds behind for the next run.
enum OrphanedDaemons {
    private static let started = Mutex<Set<Int32>>([])
    private static let reaped = Mutex(false)

    /// Kills, once per run, every test hubd (config under a `bh-` temp directory) whose parent
    /// is gone; and makes sure this run's own hubds die with it when it exits normally.
    static func reapOnce() {
        let first = reaped.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        for pid in orphans() where isTestHubd(pid) {
            kill(pid, SIGKILL)
        }
        atexit {
            for pid in OrphanedDaemons.started.withLock({ $0 }) where OrphanedDaemons.isTestHubd(pid) {
                kill(pid, SIGKILL)
            }
        }
    }

    static func track(_ pid: Int32) {
        _ = started.withLock { $0.insert(pid) }
    }

    static func untrack(_ pid: Int32) {
        _ = started.withLock { $0.remove(pid) }
    }

    static func orphans() -> [Int32] {
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { Int32($0) }
        return pids.filter { isTestHubd($0) && parent(of: $0) == 1 }
    }

    /// A hubd started by these tests: its config lies in a `bh-` temporary directory. Checked
    /// again before every kill, since a pid can be reused.
    static func isTestHubd(_ pid: Int32) -> Bool {
        guard let raw = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
        let arguments = raw.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        guard arguments.first?.hasSuffix("/hubd") == true, let flag = arguments.firstIndex(of: "--config"), flag + 1 < arguments.count else {
            return false
        }
        return arguments[flag + 1].hasPrefix(NSTemporaryDirectory() + "bh-")
    }

    private static func parent(of pid: Int32) -> Int32? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("PPid:") }
        return line.flatMap { Int32($0.dropFirst(5).trimmingCharacters(in: .whitespaces)) }
    }
}
