import Devices
import Foundation
import GRDB
import Inventory
import Testing
import Workflows

/// hubd is killed with SIGKILL (its own fail point, so the moment is exact) at the four
/// dangerous points of a payment, in random order, with random amounts and outcomes. Each
/// restart recovers the previous payment from the terminal. At the end the terminal's
/// charges must be exactly the hub's APPROVED payments: nothing charged twice, nothing
/// charged that the hub does not know, nothing left UNKNOWN.
@Suite("Payment crash test: SIGKILL at four points", .serialized)
struct PaymentCrashTests {
    static let points = ["payment.pending", "zvt.authorization-sent", "payment.result-received", "zvt.status-acknowledged"]

    @Test func chargesEqualApprovedPaymentsAfterRandomKills() async throws {
        let runs = Int(ProcessInfo.processInfo.environment["BUURHUB_CRASH_RUNS"] ?? "") ?? 100
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SeededRandom(seed: seed)
        FileHandle.standardError.write(Data("note: crash test seed \(seed), \(runs) runs\n".utf8))
        let rig = try TerminalRig(.tcp)
        let daemon = try Daemon(extraConfig: rig.deviceConfig)
        try await daemon.start()
        try await daemon.loginAsStaff()
        await daemon.signal(SIGTERM)

        var killed: [String: Int] = [:]
        for run in 0..<runs {
            let point = Self.points[Int(random.next() % UInt64(Self.points.count))]
            rig.simulator.enqueue(random.next() % 4 == 0 ? .decline : .approve)
            try await daemon.start(environment: [FailPoint.variable: point], warmUp: false)
            try await waitUntil(seconds: 30, "recovery of run \(run - 1)") { try await daemon.status().payment?.unresolved == 0 }
            let cents = 1 + Int(random.next() % 4_999)
            let amount = "\(cents / 100),\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
            let pay = await daemon.kiosk(["pay", amount, "--reference", "crash-\(run)", "--json"])
            do {
                try await daemon.waitForExit()
            } catch {
                let log = daemon.log().split(separator: "\n").suffix(30).joined(separator: "\n")
                Issue.record("run \(run) at \(point): hubd did not die (seed \(seed)); kiosk pay exit \(pay.exit): \(pay.stderr)\nhubd log:\n\(log)")
                throw error
            }
            killed[point, default: 0] += daemon.log().contains("fail point \(point) reached") ? 1 : 0
        }
        try await daemon.start(warmUp: false)
        try await waitUntil(seconds: 30, "the last recovery") { try await daemon.status().payment?.unresolved == 0 }
        await daemon.signal(SIGTERM)

        let payments = try Self.storedPayments(daemon)
        let approved = payments.filter { $0.status == .approved }
        let hub = approved.map { Charge(receipt: $0.receiptNumber ?? -1, cents: $0.amountCents) }
        let terminal = rig.simulator.charges.map { Charge(receipt: $0.receiptNumber, cents: Int($0.amountCents)) }
        let summary = "note: crash test: kills \(killed.sorted { $0.key < $1.key }), payments \(payments.count), approved \(approved.count) "
            + "(recovered \(approved.filter(\.recovered).count)), terminal charges \(terminal.count), reversals \(rig.simulator.reversals.count), "
            + "06 01 received \(rig.simulator.authorizationsReceived)\n"
        FileHandle.standardError.write(Data(summary.utf8))
        #expect(Set(hub) == Set(terminal), "seed \(seed)")
        #expect(hub.count == Set(hub).count, "no receipt recorded twice (seed \(seed))")
        #expect(terminal.count == Set(terminal).count, "nothing charged twice (seed \(seed))")
        #expect(payments.allSatisfy { $0.status != .unknown && $0.status != .pending && $0.status != .sent }, "seed \(seed)")
        #expect(approved.allSatisfy { $0.completed })
        #expect(rig.simulator.authorizationsReceived <= runs, "06 01 at most once per reference")
        #expect(Set(payments.map(\.reference)).count == payments.count, "one attempt per reference")
        for point in Self.points {
            #expect(killed[point, default: 0] > 0, "fail point \(point) was hit at least once (seed \(seed))")
        }
    }

    struct Charge: Hashable {
        var receipt: Int
        var cents: Int
    }

    /// Read straight from the database file after hubd stopped: the journal itself, not an API view of it.
    static func storedPayments(_ daemon: Daemon) throws -> [Inventory.Payment] {
        let queue = try DatabaseQueue(path: daemon.directory + "/data/hub.sqlite")
        return try queue.read { db in try Inventory.Payment.fetchAll(db) }
    }
}

/// SplitMix64: a reproducible sequence from the printed seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
