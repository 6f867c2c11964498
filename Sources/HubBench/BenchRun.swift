import Foundation
import Logging

/// One `hub-bench` invocation: set up the directory, time the scans, time the baseline,
/// report, clean up. Returns the process exit code.
struct BenchRun {
    let options: BenchOptions

    func execute() async -> Int32 {
        let directory: BenchDirectory
        do {
            directory = try BenchDirectory(under: options.directory)
        } catch {
            Self.complain("\(error)")
            return 73
        }
        defer {
            if options.keep {
                Self.complain("kept \(directory.absolutePath)")
            } else {
                directory.remove()
            }
        }
        do {
            let report = try await measure(in: directory)
            print(options.json ? try report.json() : report.text())
            return 0
        } catch {
            Self.complain("\(error)")
            return 1
        }
    }

    private func measure(in directory: BenchDirectory) async throws -> BenchReport {
        var logger = Logger(label: "hub-bench")
        logger.logLevel = .warning
        let watchdog = Watchdog(limit: .seconds(30))
        let watching = watchdog.watch()
        defer { watching.cancel() }
        watchdog.kick("opening the database")
        let pipeline = try ScanPipeline(databasePath: directory.path + "/hub.sqlite", logger: logger)
        let samples: ScanLatencyBench.Samples
        do {
            samples = try await ScanLatencyBench(pipeline: pipeline, watchdog: watchdog).run(
                count: options.count, warmup: options.warmup,
                baseline: options.baseline ? FsyncBaseline.Builder(path: directory.path + "/baseline.dat", recordBytes: options.recordBytes) : nil
            )
        } catch {
            await pipeline.stop()
            throw error
        }
        let synchronous = try pipeline.database.synchronousLevel()
        await pipeline.stop()
        return BenchReport(
            count: options.count, warmup: options.warmup, directory: directory.absolutePath,
            machine: MachineInfo(directory: directory.path), synchronous: synchronous,
            scanToCommit: LatencySummary(samples.scans), bytesPerCommit: samples.bytesPerCommit,
            baselineRecordBytes: options.baseline ? (options.recordBytes ?? samples.bytesPerCommit) : nil,
            writeFdatasync: options.baseline ? LatencySummary(samples.baseline) : nil,
            peakRSSKiB: MachineInfo.peakResidentKiB()
        )
    }

    static func complain(_ message: String) {
        FileHandle.standardError.write(Data("hub-bench: \(message)\n".utf8))
    }
}
