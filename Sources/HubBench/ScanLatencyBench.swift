import Devices
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

    /// Warm-up scans first (untimed: first statements, reader connections, page cache), then
    /// `count` timed ones.
    func run(count: Int, warmup: Int) async throws -> [Duration] {
        var commits = pipeline.commits.makeAsyncIterator()
        try await waitUntilConnected()
        watchdog.kick("sending \(warmup) warm-up scans")
        for index in 0..<warmup {
            _ = try await scan(Self.barcode(index), commits: &commits)
        }
        watchdog.kick("timing \(count) scans")
        var latencies: [Duration] = []
        latencies.reserveCapacity(count)
        for index in 0..<count {
            latencies.append(try await scan(Self.barcode(warmup + index), commits: &commits))
        }
        return latencies
    }

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
