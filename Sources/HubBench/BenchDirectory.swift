import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fresh subdirectory (`hub-bench.XXXXXX`) under the chosen directory, so the database and
/// the baseline file live on the disk being measured and never touch an existing database.
struct BenchDirectory {
    let path: String

    init(under base: String) throws {
        var template = Array((base + "/hub-bench.XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }
        }
        guard let made else {
            throw BenchFailure("could not create a directory under \(base): \(String(cString: strerror(errno))) — pass a writable --dir")
        }
        path = String(cString: made)
    }

    var absolutePath: String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
