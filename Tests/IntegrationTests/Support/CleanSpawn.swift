import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with a clean signal mask and default signal actions, and waits for it
/// without blocking a thread of the shared pool.
///
/// Needed for programs that fork a daemon, such as the tmux server. `Process` launched from a
/// Swift concurrency thread hands down that thread's mask, in which libdispatch blocks nearly
/// every signal, so a tmux server started that way never sees SIGCHLD and never exits on
/// `kill-server`. `Process` also gives the child a socket it watches for the child's end,
/// and a daemon that inherits it keeps `runUntilExit` waiting for ever.
enum CleanSpawn {
    static func run(_ path: String, _ arguments: [String], environment: [String: String], stdin: String? = nil) async -> CommandResult {
        let directory = NSTemporaryDirectory() + "bh-spawn-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let out = directory + "/out", err = directory + "/err", input = directory + "/in"
        FileManager.default.createFile(atPath: input, contents: Data((stdin ?? "").utf8))
        guard let pid = spawn(path, arguments, environment: environment, stdin: input, stdout: out, stderr: err) else {
            return CommandResult(exit: -1, stdout: "", stderr: "could not start \(path): \(String(cString: strerror(errno)))")
        }
        let status = await exitStatus(of: pid)
        return CommandResult(
            exit: status,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        )
    }

    /// Initialises `attributes` with no signal blocked and every signal at its default action;
    /// `newProcessGroup` also puts the child in a group of its own. The caller destroys them.
    static func cleanSignals(_ attributes: inout posix_spawnattr_t, newProcessGroup: Bool = false) {
        posix_spawnattr_init(&attributes)
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if newProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
    }

    private static func spawn(
        _ path: String, _ arguments: [String], environment: [String: String], stdin: String, stdout: String, stderr: String
    ) -> pid_t? {
        var attributes = posix_spawnattr_t()
        cleanSignals(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0 else { return nil }
        return pid
    }

    /// Polls `waitpid` every 10 ms; the programs run here (tmux clients) end within milliseconds.
    private static func exitStatus(of pid: pid_t) async -> Int32 {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR { return -1 }
            try? await Task.sleep(for: .milliseconds(10))
        }
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
