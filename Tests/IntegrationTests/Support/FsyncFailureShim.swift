import Foundation

/// An `LD_PRELOAD` library, compiled by the test with the system's C compiler, whose `fsync`
/// and `fdatasync` fail with EIO while a trigger file exists, and count each failed call. It
/// stands between hubd's SQLite and the kernel exactly where a dying SD card would. With the
/// `readOnly` trigger instead, writes to the database files fail with EROFS, which is what a
/// file system the kernel remounted read-only after an error answers (a test cannot remount
/// one by hand while hubd holds files open for writing: the kernel refuses with EBUSY).
struct FsyncFailureShim {
    let directory: String
    var library: String { directory + "/fsync-fails.so" }
    var trigger: String { directory + "/fail-now" }
    var counter: String { directory + "/failed-calls" }
    var readOnlyTrigger: String { directory + "/read-only-now" }

    static let source = """
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <errno.h>
    #include <fcntl.h>
    #include <stdio.h>
    #include <stdlib.h>
    #include <string.h>
    #include <unistd.h>

    static int failing(void) {
        const char *trigger = getenv("BUURHUB_FAIL_FSYNC");
        if (!trigger || access(trigger, F_OK) != 0) return 0;
        const char *counter = getenv("BUURHUB_FAIL_FSYNC_COUNT");
        int fd = counter ? open(counter, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600) : -1;
        if (fd >= 0) { (void)!write(fd, "x", 1); close(fd); }
        return 1;
    }

    static int read_only(int fd) {
        const char *trigger = getenv("BUURHUB_FAIL_WRITE_EROFS");
        if (!trigger || access(trigger, F_OK) != 0) return 0;
        char link[64], target[4096];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, target, sizeof target - 1);
        if (n <= 0) return 0;
        target[n] = 0;
        return strstr(target, "hub.sqlite") != NULL;
    }

    ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
        if (read_only(fd)) { errno = EROFS; return -1; }
        ssize_t (*real)(int, const void *, size_t, off_t) = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite64");
        return real(fd, buf, count, offset);
    }

    ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
        if (read_only(fd)) { errno = EROFS; return -1; }
        ssize_t (*real)(int, const void *, size_t, off_t) = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite");
        return real(fd, buf, count, offset);
    }

    ssize_t write(int fd, const void *buf, size_t count) {
        if (read_only(fd)) { errno = EROFS; return -1; }
        ssize_t (*real)(int, const void *, size_t) = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
        return real(fd, buf, count);
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
        directory = try await PreloadShim.compile(Self.source, as: "fsync-fails.so")
    }

    var environment: [String: String] {
        ["LD_PRELOAD": library, "BUURHUB_FAIL_FSYNC": trigger, "BUURHUB_FAIL_FSYNC_COUNT": counter, "BUURHUB_FAIL_WRITE_EROFS": readOnlyTrigger]
    }

    func arm() {
        FileManager.default.createFile(atPath: trigger, contents: nil)
    }

    func makeReadOnly() {
        FileManager.default.createFile(atPath: readOnlyTrigger, contents: nil)
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
