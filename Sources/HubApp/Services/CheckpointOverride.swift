import Foundation
import Logging

/// `BUURHUB_WAL_AUTOCHECKPOINT=8` makes SQLite checkpoint its write-ahead log after 8 pages
/// instead of 1000. It exists so the crash harness can kill hubd in the middle of checkpoints,
/// which at the default happen too rarely for random kills to find; a real hub never sets it.
enum CheckpointOverride {
    static let variable = "BUURHUB_WAL_AUTOCHECKPOINT"

    static func pages(environment: [String: String] = ProcessInfo.processInfo.environment, logger: Logger) -> Int? {
        guard let raw = environment[variable], !raw.isEmpty else { return nil }
        guard let pages = Int(raw), pages > 0 else {
            logger.error("\(variable) is not a positive number of pages — using SQLite's default", metadata: ["value": "\(raw)"])
            return nil
        }
        logger.warning("SQLite checkpoints are forced early for crash testing — unset \(variable) on a real hub", metadata: ["pages": "\(pages)"])
        return pages
    }
}
