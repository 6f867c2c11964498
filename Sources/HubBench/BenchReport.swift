import Foundation

/// Everything one run measured, printed as a table for people or as one JSON document.
struct BenchReport: Sendable, Codable {
    let count: Int
    let warmup: Int
    let directory: String
    let machine: MachineInfo
    let synchronous: Int?
    let scanToCommit: LatencySummary
    /// What one scan's commit appended to the WAL, measured before the timed scans.
    let bytesPerCommit: Int
    let baselineRecordBytes: Int?
    let writeFdatasync: LatencySummary?
    let peakRSSKiB: Int?

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    func text() -> String {
        var lines = [
            "hub-bench: \(count) scans (after \(warmup) warm-up), one at a time",
            "directory: \(directory) (\(machine.filesystem))",
            "machine:   \(machine.processors) CPUs, \(machine.cpuModel)",
            "sqlite:    WAL, synchronous=\(synchronous.map(String.init) ?? "?") (2 = FULL); one commit appends \(bytesPerCommit) B to the WAL",
            "",
            Self.row("ms", ["median", "p90", "p99", "max", "min", "mean"]),
            Self.row("pty write -> commit", Self.figures(scanToCommit)),
        ]
        if let writeFdatasync, let baselineRecordBytes {
            lines.append(Self.row("pwrite+fdatasync \(baselineRecordBytes) B", Self.figures(writeFdatasync)))
            if writeFdatasync.medianMs > 0, writeFdatasync.p99Ms > 0 {
                lines.append("")
                lines.append("median scan-to-commit = \(Self.format(scanToCommit.medianMs / writeFdatasync.medianMs))x median pwrite+fdatasync")
                lines.append("p99 scan-to-commit    = \(Self.format(scanToCommit.p99Ms / writeFdatasync.p99Ms))x p99 pwrite+fdatasync")
            }
        }
        lines.append("peak RSS (VmHWM): \(peakRSSKiB.map { "\($0) KiB" } ?? "unknown")")
        if machine.filesystem.hasPrefix("tmpfs") {
            lines.append("WARNING: tmpfs ignores fdatasync; these are not disk figures — pass --dir on a real disk")
        }
        return lines.joined(separator: "\n")
    }

    static func figures(_ summary: LatencySummary) -> [String] {
        [summary.medianMs, summary.p90Ms, summary.p99Ms, summary.maxMs, summary.minMs, summary.meanMs].map(format)
    }

    static func row(_ label: String, _ cells: [String]) -> String {
        label.padding(toLength: 26, withPad: " ", startingAt: 0)
            + cells.map { String(repeating: " ", count: max(0, 9 - $0.count)) + $0 }.joined()
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
