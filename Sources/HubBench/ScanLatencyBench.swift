import Devices
import Foundation
import GRDB
import Workflows

/// Times each scan from the last byte written to the pty master to the durable commit.
///
/// One scan at a time: the next code is written only after the previous one has committed,
/// so every sample is one scan's own latency, never a queue behind a burst. Barcodes are
/// unique (`VG` + 8 digits) so each scan inserts a new parcel instead of taking the
/// duplicate path.
struct ScanLatencyBench {
    let pipeline: ScanPipeline
    let watchdog: Watchdog

    /// Untimed scans used to measure what one commit appends to the WAL.
    static let calibrationScans = 50

    struct Samples {
        var scans: [Duration] = []
        var baseline: [Duration] = []
        var bytesPerCommit: Int
    }

    /// Warm-up scans first (untimed: first statements, reader connections, page cache), then
    /// the calibration, then `count` timed scans, each followed by one baseline append of
    /// `recordBytes` (or, when nil, of what a commit appends), so both see the disk at the same
    /// moments.
    func run(count: Int, warmup: Int, baseline: FsyncBaseline.Builder?) async throws -> Samples {
        var commits = pipeline.commits.makeAsyncIterator()
        try await waitUntilConnected()
        watchdog.kick("sending \(warmup) warm-up scans")
        for index in 0..<warmup {
            _ = try await scan(Self.barcode(index), commits: &commits)
        }
        var samples = Samples(bytesPerCommit: try await measureCommitSize(after: warmup, commits: &commits))
        let floor = try baseline?.open(recordBytes: samples.bytesPerCommit)
        defer { floor?.close() }
        watchdog.kick("timing \(count) scans")
        samples.scans.reserveCapacity(count)
        let first = warmup + Self.calibrationScans
        for index in 0..<count {
            samples.scans.append(try await scan(Self.barcode(first + index), commits: &commits))
            if let floor { samples.baseline.append(try floor.writeAndSync()) }
        }
        return samples
    }

    /// Empties the WAL, commits `calibrationScans` scans, and divides the WAL's size by them:
    /// the frames (page + 24-byte header) one scan's commit writes and syncs.
    private func measureCommitSize(after sent: Int, commits: inout AsyncStream<ScanCommit>.Iterator) async throws -> Int {
        watchdog.kick("measuring what one commit appends")
        try await pipeline.database.pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        for index in 0..<Self.calibrationScans {
            _ = try await scan(Self.barcode(sent + index), commits: &commits)
        }
        let wal = try FileManager.default.attributesOfItem(atPath: pipeline.database.path + "-wal")
        let size = (wal[.size] as? NSNumber)?.intValue ?? 0
        return max(1, (size - Self.walHeaderBytes) / Self.calibrationScans)
    }

    /// The WAL file's own header, written once when the log restarts.
    static let walHeaderBytes = 32

    /// T0 is taken just after `write` of the code and its CR returned (the last byte is in the
    /// pty); T1 is taken by the scanner's sink just after `IntakeWorkflow.handle` returned.
    private func scan(_ code: String, commits: inout AsyncStream<ScanCommit>.Iterator) async throws -> Duration {
        try pipeline.terminal.write(code + "\r")
        let written = ContinuousClock.now
        guard let commit = await commits.next() else {
            throw BenchFailure("the scanner stopped before \(code) was committed")
        }
        guard commit.kind == .scanAccepted, commit.barcode == code else {
            throw BenchFailure("expected \(code) to be stored, got \(commit.kind.rawValue) for \(commit.barcode ?? "no barcode")")
        }
        watchdog.kick()
        return commit.at - written
    }

    private func waitUntilConnected() async throws {
        watchdog.kick("waiting for the scanner to open \(pipeline.terminal.slavePath)")
        for await state in pipeline.states {
            switch state {
            case .connected:
                return
            case .error(let reason), .disconnected(let reason), .unavailable(let reason):
                throw BenchFailure("the scanner could not open the pty: \(reason)")
            case .waiting, .unused:
                continue
            }
        }
        throw BenchFailure("the scanner stopped before it opened the pty")
    }

    static func barcode(_ index: Int) -> String {
        let digits = String(index % 100_000_000)
        return "VG" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
