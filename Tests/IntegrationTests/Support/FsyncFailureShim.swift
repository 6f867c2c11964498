import Foundation

/// An `LD_PRELOAD` library, compiled by the test with the system's C compiler, whose `fsync`
/// and `fdatasync` fail with EIO while a trigger file exists, and count each failed call. It
/// stands between hubd's SQLite and the kernel exactly where a dying SD card would.
struct FsyncFailureShim {
    let directory: String
    var library: String { directory + "/fsync-fails.so" }
    var trigger: String { directory + "/fail-now" }
    var counter: String { directory + "/failed-calls" }

    static let source = """
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <errno.h>
    #include <fcntl.h>
    #include <stdlib.h>
    #include <unistd.h>

    static int failing(void) {
        const char *trigger = getenv("BUURHUB_FAIL_FSYNC");
        if (!trigger || access(trigger, F_OK) != 0) return 0;
        const char *counter = getenv("BUURHUB_FAIL_FSYNC_COUNT");
        int fd = counter ? open(counter, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600) : -1;
        if (fd >= 0) { (void)!write(fd, "x", 1); close(fd); }
        return 1;
    }

    int fsync(int fd) {
        if (failing()) { errno = EIO; return -1; }
        int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
        return real(fd);
    }

    int fdatasync(int fd) {
        if (failing()) { errno = EIO; return -1; }
        int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
        return real(fd);
    }
    """

    init() async throws {
        directory = NSTemporaryDirectory() + "bh-shim-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Self.source.write(toFile: directory + "/shim.c", atomically: true, encoding: .utf8)
        let compiled = await Command.run(
            URL(fileURLWithPath: "/usr/bin/cc"), ["-shared", "-fPIC", "-O1", "-o", library, directory + "/shim.c", "-ldl"]
        )
        guard compiled.exit == 0 else { throw ShimError(description: "cc failed: \(compiled.stderr)") }
    }

    var environment: [String: String] {
        ["LD_PRELOAD": library, "BUURHUB_FAIL_FSYNC": trigger, "BUURHUB_FAIL_FSYNC_COUNT": counter]
    }

    func arm() {
        FileManager.default.createFile(atPath: trigger, contents: nil)
    }

    var failedCalls: Int {
        (try? Data(contentsOf: URL(fileURLWithPath: counter)).count) ?? 0
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    struct ShimError: Error, CustomStringConvertible {
        var description: String
    }
}
