import Devices
import Foundation
import Inventory
import Logging
import Workflows

/// The intake path as `hubd` assembles it, minus the HTTP side: a pty standing in for a
/// CDC-ACM scanner, the real `SerialLineScanner` reading its slave on its own thread, and an
/// `IntakeWorkflow` over an on-disk `HubDatabase` (WAL, synchronous=FULL).
///
/// The scanner's sink timestamps right after `handle` returns and queues that instant, so the
/// bench's own task hop is not part of the figure.
final class ScanPipeline {
    static let deviceName = "bench-scanner"

    let terminal: PseudoTerminal
    let database: HubDatabase
    let commits: AsyncStream<ScanCommit>
    let states: AsyncStream<DeviceState>
    private let driver: Task<Void, Never>

    init(databasePath: String, logger: Logger) throws {
        database = try HubDatabase(path: databasePath, logger: logger)
        terminal = try PseudoTerminal()
        let calendar = HubCalendar()
        let workflow = IntakeWorkflow(
            parcels: ParcelStore(database: database, calendar: calendar, suppliers: try Self.suppliers(), coldChainHours: 2),
            calendar: calendar,
            feedback: LogFeedback(logger: logger), events: EventBroadcaster(), logger: logger
        )
        let (commits, commitSink) = AsyncStream.makeStream(of: ScanCommit.self)
        let (states, stateSink) = AsyncStream.makeStream(of: DeviceState.self)
        self.commits = commits
        self.states = states
        let scanner = SerialLineScanner(descriptor: Self.descriptor(path: terminal.slavePath), logger: logger)
        driver = Task {
            try? await scanner.run(
                emit: { input in
                    let event = await workflow.handle(input)
                    commitSink.yield(ScanCommit(at: .now, kind: event.kind, barcode: event.barcode))
                },
                report: { state in stateSink.yield(state) }
            )
            commitSink.finish()
            stateSink.finish()
        }
    }

    /// Stops the scanner thread and closes the pty; the database closes with the last reference.
    func stop() async {
        driver.cancel()
        await driver.value
        terminal.close()
    }

    /// A limit far above the benchmark's pace, so the rate limiter never drops a timed scan.
    static func descriptor(path: String) -> DeviceDescriptor {
        DeviceDescriptor(
            name: deviceName, role: .intake, driver: .serial, path: path,
            baud: 9600, terminator: .cr, maxCodeLength: 256, maxCodesPerSecond: 100_000
        )
    }

    /// The same supplier line as the example config, so every scan takes the matched-supplier path.
    static func suppliers() throws -> SupplierDirectory {
        SupplierDirectory([Supplier(id: "vegro", name: "Vegro", patterns: [try SupplierPattern("^VG[0-9]{8}$")])])
    }
}
