import Devices
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Scans through a pty scanner and an evdev FIFO at once, under two CPU hogs, with hubd
/// stopped every `restartEvery` scans sent: SIGTERM, and every other time SIGKILL.
final class Soak {
    struct Figures: CustomStringConvertible {
        var scans = 0
        var acknowledged = 0
        var restarts = 0
        var longestGap = Duration.zero
        var longestRestart = Duration.zero
        var longestStart = Duration.zero
        var unacknowledgedAtStops = 0
        var lost = 0
        var doubled = 0
        var duration = Duration.zero
        var longGaps: [String] = []
        /// The longest gap less the time the disk probe spent in a slow fsync during it: what
        /// hubd itself adds to a wait.
        var longestGapBesideDisk = Duration.zero
        var longestDiskStall = Duration.zero
        /// The longest pause of the soak's own monitor loop: a long gap with a monitor pause of
        /// the same length is the test's doing, not hubd's.
        var longestMonitorPause = Duration.zero

        var scansPerSecond: Double { Double(acknowledged) / max(0.001, Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) }

        var description: String {
            "soak: \(scans) scans sent, \(acknowledged) acknowledged, \(restarts) restarts, longest gap \(longestGap) "
                + "(\(longestGapBesideDisk) beside the disk's own slow fsyncs; longest fsync \(longestDiskStall)), "
                + "longest restart \(longestRestart) (start to answering \(longestStart)), unacknowledged when stopped \(unacknowledgedAtStops), lost \(lost), doubled \(doubled), "
                + "duration \(duration), \(String(format: "%.0f", scansPerSecond)) scans/s, longest monitor pause \(longestMonitorPause)"
                + (longGaps.isEmpty ? "" : "; waits over 2 s: " + longGaps.joined(separator: ", "))
        }
    }

    let ledger: SoakLedger
    let restartEvery: Int
    let hub: Daemon
    let wedge: FIFOWriter
    let probe: DiskProbe
    let scheduler: SchedulerProbe
    private let fifoDirectory: String
    private var tail: LogTail?
    private(set) var figures = Figures()
    private var started = ContinuousClock.now

    init(scans: Int, restartEvery: Int) throws {
        ledger = SoakLedger(total: scans, window: 32)
        self.restartEvery = restartEvery
        fifoDirectory = NSTemporaryDirectory() + "bh-soak-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: fifoDirectory, withIntermediateDirectories: true)
        wedge = try FIFOWriter(path: fifoDirectory + "/event9")
        hub = try Daemon(extraConfig: """

            [[devices]]
            name = "wedge"
            role = "intake"
            driver = "evdev"
            path = "\(wedge.path)"
            layout = "us"
            max_codes_per_second = 1000
            burst = 100

            """)
        probe = DiskProbe(directory: hub.directory)
        let hub = self.hub
        scheduler = SchedulerProbe { hub.process?.isRunning == true ? hub.process?.processIdentifier : nil }
        figures.scans = scans
    }

    deinit {
        probe.stop()
        scheduler.stop()
        try? FileManager.default.removeItem(atPath: fifoDirectory)
    }

    func run() async throws {
        let hogs = CPUHogs(count: 2)
        defer { hogs.stop() }
        let stop = Flag()
        started = ContinuousClock.now
        try await startHub()
        let feeders = startFeeders(stop: stop)
        defer { stop.set() }
        var nextRestart = restartEvery
        var lastIteration = ContinuousClock.now
        while !(ledger.allSent && ledger.pending == 0) {
            try await Task.sleep(for: .milliseconds(10))
            figures.longestMonitorPause = max(figures.longestMonitorPause, ContinuousClock.now - lastIteration)
            lastIteration = .now
            pump()
            ledger.measureGap()
            guard ledger.longestGap < .seconds(60) else { throw SoakStall(figures: figures, gap: ledger.longestGap) }
            if ledger.sent >= nextRestart, nextRestart < ledger.total {
                nextRestart += restartEvery
                try await restart(with: figures.restarts.isMultiple(of: 2) ? SIGTERM : SIGKILL)
            }
            progress()
        }
        stop.set()
        ledger.pause()
        await hub.signal(SIGTERM)
        pump()
        figures.duration = ContinuousClock.now - started
        _ = feeders
        try verify()
    }

    private func startHub() async throws {
        let began = ContinuousClock.now
        try await hub.start(warmUp: false, answerWithin: 120)
        figures.longestStart = max(figures.longestStart, ContinuousClock.now - began)
        tail = try LogTail(path: hub.logPath)
        ledger.resume()
    }

    private func restart(with signal: Int32) async throws {
        ledger.pause()
        let began = ContinuousClock.now
        await hub.signal(signal)
        pump()
        let before = ledger.unacknowledgedCount
        ledger.abandonInFlight()
        figures.unacknowledgedAtStops += ledger.unacknowledgedCount - before
        figures.restarts += 1
        try await startHub()
        figures.longestRestart = max(figures.longestRestart, ContinuousClock.now - began)
    }

    /// Reads hubd's new acknowledgements into the ledger.
    private func pump() {
        let lines = tail?.newLines() ?? []
        let gapsBefore = ledger.longGaps.count
        for line in lines {
            guard let scan = StoredScan(line: line), scan.barcode.hasPrefix("VG"), let number = Int(scan.barcode.dropFirst(2)) else { continue }
            ledger.acknowledge(number, device: scan.device)
        }
        figures.acknowledged = ledger.acknowledgedCount
        figures.longestGap = ledger.longestGap
        ledger.annotateGaps(from: gapsBefore, with: "read in a batch of \(lines.count) lines")
        describeLongGaps()
        figures.duration = ContinuousClock.now - started
    }

    /// Each wait over 2 s with the disk probe's slow fsyncs during it.
    private func describeLongGaps() {
        let gaps = ledger.longGaps
        figures.longGaps = gaps.map { gap in
            "\(gap.length) before acknowledgement \(gap.acknowledgement) (\(gap.device)) [\(gap.note)], "
                + "disk in slow fsyncs for \(probe.stalled(from: gap.start, to: gap.end)) of it, "
                + "a hubd thread waiting for a CPU for \(scheduler.longestRunQueueWait(from: gap.start, to: gap.end).map { "\($0)" } ?? "unknown")"
        }
        let beside = gaps.map { $0.length - probe.stalled(from: $0.start, to: $0.end) }.max() ?? .zero
        // Gaps under 2 s are not recorded one by one; past 50 recorded ones, count the raw longest.
        figures.longestGapBesideDisk = gaps.isEmpty || gaps.count >= 50 ? figures.longestGap : max(beside, min(figures.longestGap, .seconds(2)))
        figures.longestDiskStall = probe.longestStall
    }

    private var reported = 0

    private func progress() {
        let step = max(1, ledger.total / (ledger.total > 100_000 ? 100 : 20))
        guard figures.acknowledged >= reported + step else { return }
        reported = figures.acknowledged / step * step
        FileHandle.standardError.write(Data("note: \(figures)\n".utf8))
    }

    private func startFeeders(stop: Flag) -> [Thread] {
        let scanner = hub.scanner, wedge = self.wedge, ledger = self.ledger
        let encoder = EvdevKeystrokeEncoder(layout: .us)
        return [
            Self.feed(ledger, device: "intake-scanner", stop: stop) { code in
                try scanner.write(Array(code.utf8) + [0x0D], waitingUpTo: .seconds(5))
            },
            Self.feed(ledger, device: "wedge", stop: stop) { code in
                try wedge.write(try encoder.encode(code))
            },
        ]
    }

    /// One thread per device; a write that fails (hubd between runs) is retried, never skipped.
    private static func feed(_ ledger: SoakLedger, device: String, stop: Flag, write: @escaping @Sendable (String) throws -> Void) -> Thread {
        let thread = Thread {
            while !stop.isSet {
                guard let number = ledger.take(for: device) else {
                    usleep(500)
                    continue
                }
                let code = SoakLedger.barcode(number)
                while !stop.isSet {
                    do {
                        try write(code)
                        break
                    } catch {
                        usleep(10_000)
                    }
                }
            }
        }
        thread.start()
        return thread
    }

    /// Straight from the database file after hubd stopped: every acknowledged code once.
    private func verify() throws {
        let queue = try DatabaseQueue(path: hub.directory + "/data/hub.sqlite")
        let (barcodes, rows) = try queue.read { db in
            (Set(try String.fetchAll(db, sql: "SELECT barcode FROM parcel")), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM parcel") ?? 0)
        }
        figures.doubled = rows - barcodes.count + ledger.acknowledgedTwice
        figures.lost = ledger.acknowledged.filter { !barcodes.contains(SoakLedger.barcode($0)) }.count
    }
}

struct SoakStall: Error, CustomStringConvertible {
    var figures: Soak.Figures
    var gap: Duration
    var description: String { "no acknowledgement for \(gap) while scans were waiting; \(figures)" }
}
