import Foundation

/// Reads a growing hubd log from where it last stopped, complete lines only: a soak of a
/// million scans must not re-read what it has already seen, and a line cut off by a kill is
/// no acknowledgement.
final class LogTail {
    private let handle: FileHandle
    private var partial = Data()

    init(path: String) throws {
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }

    deinit {
        try? handle.close()
    }

    /// The lines completed since the last call.
    func newLines() -> [Substring] {
        guard let data = try? handle.readToEnd(), !data.isEmpty else { return [] }
        partial.append(data)
        guard let lastNewline = partial.lastIndex(of: 0x0A) else { return [] }
        let complete = partial[partial.startIndex...lastNewline]
        partial = Data(partial[partial.index(after: lastNewline)...])
        return String(decoding: complete, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    }
}

/// A "scan stored" line: hubd's acknowledgement, written after the commit returned.
struct StoredScan: Equatable {
    var barcode: String
    var device: String

    init?(line: Substring) {
        guard line.hasSuffix("scan stored"), let barcode = Self.field("barcode", in: line), let device = Self.field("device", in: line) else {
            return nil
        }
        self.barcode = barcode
        self.device = device
    }

    static func field(_ name: String, in line: Substring) -> String? {
        guard let range = line.range(of: " \(name)=") ?? (line.hasPrefix("\(name)=") ? line.range(of: "\(name)=") : nil) else { return nil }
        return String(line[range.upperBound...].prefix { $0 != " " })
    }
}
