import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The data directory holds health data, the hub key and staff credentials. hubd creates
/// everything in it for its own user (and at most a documented group, under the unit's
/// `UMask=0027`), whatever umask it was started with, and refuses a directory others can read.
enum DataDirectoryMode {
    /// Owner read-write, the group read at most, others nothing: at least `UMask=0027`, kept
    /// stricter if hubd was started with a stricter umask. Set once, before any file is made.
    static func restrictNewFiles() {
        let current = umask(0o077)
        umask(current | 0o027)
    }

    static func check(_ directory: String) throws(StartupError) {
        var info = stat()
        guard stat(directory, &info) == 0 else { return }
        let mode = info.st_mode & 0o777
        guard mode & 0o007 == 0 else {
            throw StartupError(.dataDirectory, """
                data directory \(directory) can be read by every user on this machine (mode \(String(mode, radix: 8))) — \
                run `chmod 750 \(directory)` (or 700) and check its files with `ls -l \(directory)`, then start hubd again
                """)
        }
    }
}
