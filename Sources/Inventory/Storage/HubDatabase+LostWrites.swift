import GRDB

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
        Database.logError = { code, message in
            guard lostWriteCodes.contains(code) else { return }
            report(code.rawValue, message)
        }
    }
}
