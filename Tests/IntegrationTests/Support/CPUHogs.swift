import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `yes > /dev/null`, once per core the soak wants busy: the load under which the stall was
/// seen. Started with posix_spawn (see `CleanSpawn` for why not `Process`) and killed by pid.
final class CPUHogs {
    private(set) var pids: [pid_t] = []

    init(count: Int) {
        for _ in 0..<count {
            if let pid = Self.spawnYes() { pids.append(pid) }
        }
    }

    func stop() {
        for pid in pids {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        pids = []
    }

    deinit {
        stop()
    }

    private static func spawnYes() -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("yes"), nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/usr/bin/yes", &actions, nil, argv, environ) == 0 else { return nil }
        return pid
    }
}
