import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The steps that make a finished file survive a power cut: its bytes, then its name.
enum DurableFile {
    static func sync(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure("fsync", path) }
    }

    /// Renames `from` over `to` and syncs the directory, so the new name is on disk too.
    static func replace(_ to: String, with from: String) throws {
        guard rename(from, to) == 0 else { throw failure("rename", to) }
        try sync(URL(fileURLWithPath: to).deletingLastPathComponent().path)
    }

    private static func failure(_ call: String, _ path: String) -> InventoryError {
        let reason = String(cString: strerror(errno))
        return InventoryError(.storage, nl: "\(call) van \(path) mislukt: \(reason)", en: "\(call) of \(path) failed: \(reason)")
    }
}
