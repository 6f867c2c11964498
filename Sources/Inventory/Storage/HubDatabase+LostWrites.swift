import Foundation
import GRDB
import Synchronization

extension HubDatabase {
    /// SQLite's results that mean a write may not have reached the disk: a failed fsync (of the
    /// file or its directory), write or truncate. SQLITE_FULL is not among them: a full disk
    /// refuses the write cleanly and nothing was half-done.
    static let lostWriteCodes: [ResultCode] = [
        .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_DIR_FSYNC, .SQLITE_IOERR_WRITE, .SQLITE_IOERR_TRUNCATE,
    ]

    /// Calls `report` with SQLite's code and message whenever any connection hits one of
    /// `lostWriteCodes`, before the failing statement returns to its caller. SQLite's error log
    /// (`Database.logError`) is process-wide and must be set before the first connection opens.
    public static func watchForLostWrites(_ report: @escaping @Sendable (_ code: Int32, _ message: String) -> Void) {
        lostWriteHandler.withLock { $0 = report }
        Database.logError = { code, message in
            guard lostWriteCodes.contains(code) else { return }
            report(code.rawValue, message)
        }
    }

    /// Writes the disk refused cleanly, with nothing half-done: full, read-only, or an I/O error.
    static let refusedWritePrimaryCodes: [ResultCode] = [.SQLITE_FULL, .SQLITE_READONLY, .SQLITE_IOERR]

    /// Who hears of a lost write (`watchForLostWrites`); nil in tests of the stores alone.
    static let lostWriteHandler = Mutex<(@Sendable (Int32, String) -> Void)?>(nil)

    /// Remembers a write the disk refused, for `kiosk status`, and hands a lost one (a failed
    /// write(2), which SQLite's error log does not see, unlike a failed fsync) to the
    /// `watchForLostWrites` handler. Other errors (a constraint, a busy lock) are the caller's
    /// business and are not kept. The workflows that lose a write pass it here.
    public func noteFailedWrite(_ error: any Error) {
        guard let error = error as? DatabaseError else { return }
        if Self.lostWriteCodes.contains(error.extendedResultCode), let lost = Self.lostWriteHandler.withLock({ $0 }) {
            lost(error.extendedResultCode.rawValue, error.message ?? "\(error.extendedResultCode)")
        }
        guard Self.refusedWritePrimaryCodes.contains(error.resultCode) else { return }
        refusals.withLock { $0 = RefusedWrite(message: "SQLite \(error.extendedResultCode.rawValue): \(error.message ?? "\(error.resultCode)")", at: Date()) }
    }

    public var lastRefusedWrite: RefusedWrite? {
        refusals.withLock { $0 }
    }

    /// The database file and its write-ahead log, in bytes.
    public func fileBytes() -> Int64 {
        [path, path + "-wal"].reduce(Int64(0)) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value
            return total + (size ?? 0)
        }
    }
}
