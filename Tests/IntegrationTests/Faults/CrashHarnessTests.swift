import Foundation
import Inventory
import Logging
import Testing

/// Issue 13, point 7: the crash harness. 200 cycles in the default suite;
/// `BUURHUB_CRASH_CYCLES=5000` (or `scripts/crash-harness --cycles 5000`) for a long run,
/// `BUURHUB_CRASH_SEED` to repeat one.
@Suite(.serialized) struct CrashHarnessTests {
    @Test func killsAtRandomMomentsAndInCheckpointsLoseAndDoubleNothing() async throws {
        let environment = ProcessInfo.processInfo.environment
        let cycles = Int(environment["BUURHUB_CRASH_CYCLES"] ?? "") ?? 200
        let seed = UInt64(environment["BUURHUB_CRASH_SEED"] ?? "") ?? UInt64.random(in: 1...UInt64.max)
        FileHandle.standardError.write(Data("note: crash harness seed \(seed), \(cycles) cycles\n".utf8))
        let harness = try CrashHarness(seed: seed)
        try await harness.prepare()
        let problems = try await harness.run(cycles: cycles)
        let figures = harness.figures
        FileHandle.standardError.write(Data("note: \(figures)\n".utf8))
        #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(20).joined(separator: "\n"))")
        #expect(figures.cycles == cycles)
        #expect(figures.killsInCheckpoint >= cycles / 20, "kills must land inside checkpoints: \(figures)")
        #expect(figures.ledger.scans.count >= cycles, "scans were in flight: \(figures)")
        #expect(figures.ledger.payments.count > 0 && figures.ledger.checkIns > 0, "taps and payments were in flight: \(figures)")

        let payments = try PaymentCrashTests.storedPayments(harness.hub)
        let approved = payments.filter { $0.status == .approved }
        let hub = approved.map { PaymentCrashTests.Charge(receipt: $0.receiptNumber ?? -1, cents: $0.amountCents) }
        let terminal = harness.rig.simulator.charges.map { PaymentCrashTests.Charge(receipt: $0.receiptNumber, cents: Int($0.amountCents)) }
        #expect(Set(hub) == Set(terminal), "charged on the terminal == approved in the hub (seed \(seed))")
        #expect(hub.count == Set(hub).count && terminal.count == Set(terminal).count, "nothing recorded or charged twice (seed \(seed))")
        #expect(payments.allSatisfy { $0.status != .unknown && $0.status != .pending && $0.status != .sent }, "seed \(seed)")
        let database = try HubDatabase(path: harness.probe.database, logger: Logger(label: "test"))
        #expect(try database.integrityCheck() == "ok")
    }
}
