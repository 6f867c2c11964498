import Foundation
import Inventory
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Ends hubd the moment SQLite reports that data it wrote may not be on the disk.
///
/// After a failed fsync the kernel may already have dropped the dirty pages and cleared the
/// error, so a retry can "succeed" over lost data (the 2018 PostgreSQL fsync lesson). The only
/// safe answer is to stop before the commit returns, so nothing is acknowledged, and let systemd
/// start hubd again: it reopens the WAL and sees exactly what reached the disk. A read-only
/// remount of the data directory shows up the same way, as a failed write. A full disk does not
/// (see `HubDatabase.lostWriteCodes`): hubd refuses that scan, keeps running, and `kiosk status`
/// shows it (`HubDatabase.noteFailedWrite`).
enum StorageFailureWatch {
    /// EX_IOERR.
    static let exitCode: Int32 = 74

    /// Must run before the database is opened.
    static func install(logger: Logger) {
        HubDatabase.watchForLostWrites { code, message in
            logger.critical(
                "the disk failed a write or fsync (SQLite \(code): \(message)) — stopping without acknowledging; systemd restarts hubd, which reopens the database as it is on disk. If this repeats, replace the SD card and restore the last backup."
            )
            _exit(exitCode)
        }
    }

    /// Free bytes for an unprivileged writer on the file system holding `directory`.
    static func freeBytes(in directory: String) -> Int64? {
        var info = statvfs()
        guard statvfs(directory, &info) == 0 else { return nil }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }
}
