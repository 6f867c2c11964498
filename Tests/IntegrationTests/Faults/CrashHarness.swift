import Devices
import Foundation
import HubAPI
import Synchronization
import Testing
import Workflows

#if canImport(Glibc)
import Glibc
#endif

/// The real hubd with scans (pty scanner), taps with check-ins (pass reader pty and the
/// console's keys) and payments (ZVT simulator over TCP) in flight at once, killed with
/// SIGKILL at a random moment of each cycle. Every other cycle the kill waits for a WAL
/// checkpoint to start (hubd runs with `BUURHUB_WAL_AUTOCHECKPOINT` of a few pages, so one
/// starts every few commits). After each kill hubd restarts and the database must hold every
/// acknowledgement exactly once and pass `integrity_check`.
final class CrashHarness {
    struct Figures: CustomStringConvertible {
        var cycles = 0
        var killsInCheckpoint = 0
        var aimedKills = 0
        var logResets: UInt32 = 0
        var duration = Duration.zero
        var restarting = Duration.zero
        var checking = Duration.zero
        var settling = Duration.zero
        var hungClients = 0
        var waiting = Duration.zero
        var killing = Duration.zero
        var recovering = Duration.zero
        var ledger = CrashLedger()

        var description: String {
            "crash harness: \(cycles) cycles, \(killsInCheckpoint) kills inside a checkpoint (\(aimedKills) aimed at one), "
                + "\(logResets) WAL resets after checkpoints, acknowledged: \(ledger.scans.count) scans, \(ledger.checkIns) check-ins "
                + "(\(ledger.confirmsSent) confirmed), \(ledger.payments.count) payments of \(ledger.paymentsTried) tried; \(duration) "
                + "(restarts \(restarting), checks \(checking), before kills \(waiting), kills \(killing), "
                + "waiting for clients after kills \(settling), \(hungClients) given up on after 2 s; last recovery \(recovering))"
        }
    }

    static let walPages = 4
    static let passUID = "E3086CED"

    let rig: TerminalRig
    let hub: Daemon
    let probe: CheckpointProbe
    private(set) var figures = Figures()
    private let late = LateAcknowledgements()
    private var random: SeededRandom
    private let scanning = Flag()
    private let stopScanning = Flag()

    init(seed: UInt64) throws {
        random = SeededRandom(seed: seed)
        rig = try TerminalRig(.tcp)
        hub = try Daemon(extraConfig: rig.deviceConfig + "\n[kiosk]\ndouble_tap_seconds = 1\nidle_seconds = 30\n")
        probe = CheckpointProbe(database: hub.directory + "/data/hub.sqlite")
    }

    var environment: [String: String] { ["BUURHUB_WAL_AUTOCHECKPOINT": "\(Self.walPages)"] }

    /// A staff login for `kiosk pay`, and a resident whose pass checks in to a free activity.
    func prepare() async throws {
        try await hub.start(environment: environment)
        try await hub.loginAsStaff()
        try await hub.addResident("BZ-001", name: "Marie Jansen")
        try await hub.addService("koffie", kind: "activity", name: "Koffie-ochtend", price: "0,00", payment: "free")
        try await hub.enrol("BZ-001", uid: Self.passUID)
        await hub.signal(SIGTERM)
    }

    /// Each cycle starts with the restart after the previous kill and its checks.
    func run(cycles: Int) async throws -> [String] {
        let started = ContinuousClock.now
        let writer = startScanWriter()
        defer { stopScanning.set() }
        var problems: [String] = []
        for cycle in 0..<cycles where problems.count < 20 {
            problems += try await restartAndCheck(after: cycle - 1)
            try await work(cycle)
            figures.cycles += 1
        }
        stopScanning.set()
        _ = writer
        problems += try await restartAndCheck(after: cycles - 1)
        let recovery = ContinuousClock.now
        try await waitUntil(seconds: 60, "the last payment recovery") { try await self.hub.status().payment?.unresolved == 0 }
        figures.recovering = ContinuousClock.now - recovery
        await hub.signal(SIGTERM)
        figures.logResets = probe.logResets() ?? 0
        figures.duration = ContinuousClock.now - started
        return problems
    }

    private func restartAndCheck(after cycle: Int) async throws -> [String] {
        let began = ContinuousClock.now
        try await hub.start(environment: environment, warmUp: false)
        let started = ContinuousClock.now
        defer { figures.restarting += started - began; figures.checking += ContinuousClock.now - started }
        figures.ledger.gather(late)
        return try figures.ledger.check(database: probe.database) { self.late.confirmsSent }.map { "after the kill of cycle \(cycle): \($0)" }
    }

    /// Scans, a check-in and a payment under way; then SIGKILL.
    private func work(_ cycle: Int) async throws {
        let baseline = probe.marks()
        scanning.set()
        let hub = self.hub, late = self.late, reference = "crash-\(cycle)"
        let cents = 1 + Int(random.next() % 4_999)
        let tapDone = Flag(), payDone = Flag()
        Task {
            await CrashHarness.checkIn(hub, late)
            tapDone.set()
        }
        Task {
            let paid = try? await hub.pay(String(format: "%d,%02d", cents / 100, cents % 100), reference: reference)
            if let paid, paid.exit == 0, paid.settlement?.payment.status == .approved { late.paid(reference) }
            payDone.set()
        }
        figures.ledger.paymentsTried += 1
        let waited = ContinuousClock.now
        let deadline = waited + killDelay(cycle)
        if cycle.isMultiple(of: 2), await probe.waitForCheckpoint(until: deadline, startedWith: baseline) {
            figures.aimedKills += 1
        } else {
            try await Task.sleep(until: deadline)
        }
        let kill = ContinuousClock.now
        figures.waiting += kill - waited
        await Self.killAndWaitForDeath(hub)
        figures.killing += ContinuousClock.now - kill
        scanning.clear()
        if let after = probe.marks(), CheckpointProbe.runningSince(baseline, now: after) { figures.killsInCheckpoint += 1 }
        figures.ledger.scans.formUnion(CrashSafetyTests.acknowledged(in: hub.log()))
        let killed = ContinuousClock.now
        while !(tapDone.isSet && payDone.isSet), ContinuousClock.now - killed < .seconds(2) {
            try await Task.sleep(for: .milliseconds(5))
        }
        figures.settling += ContinuousClock.now - killed
        figures.hungClients += tapDone.isSet && payDone.isSet ? 0 : 1
    }

    /// SIGKILL, then waits only until the kernel has ended the process (a zombie or gone), not
    /// for Foundation to reap it, which takes half a second on a loaded machine: the database
    /// files are closed by then, and a restart may begin.
    private static func killAndWaitForDeath(_ hub: Daemon) async {
        guard let pid = hub.process?.processIdentifier else { return }
        kill(pid, SIGKILL)
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline, !hasEnded(pid) {
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    /// A process killed inside an fsync stays in the kernel (state D) until the disk answers,
    /// holding its files; only a zombie, or no process at all, has let go of them.
    static func hasEnded(_ pid: pid_t) -> Bool {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat"), !data.isEmpty else { return kill(pid, 0) != 0 }
        let text = String(decoding: data, as: UTF8.self)
        guard let closing = text.lastIndex(of: ")") else { return false }
        let state = text[text.index(after: closing)...].trimmingCharacters(in: .whitespaces).prefix(1)
        return state == "Z" || state == "X"
    }

    /// Mostly 0.05–0.3 s, so cycles stay short; every tenth cycle 0.6–1.5 s, long enough for a
    /// payment to finish now and then while the next restart's recovery may still be running.
    private func killDelay(_ cycle: Int) -> Duration {
        cycle % 10 == 5 ? .milliseconds(600 + Int(random.next() % 900)) : .milliseconds(50 + Int(random.next() % 250))
    }

    /// Tap, choose the activity, confirm: a check-in counts only when the console said it was booked.
    private static func checkIn(_ hub: Daemon, _ late: LateAcknowledgements) async {
        guard let bytes = Daemon.hexBytes(Self.passUID), let frame = RDM6300Frame.encode(tag: PassUID(bytes: bytes)),
              (try? hub.passReader.write(frame)) != nil else { return }
        let deadline = ContinuousClock.now + .seconds(3)
        while ContinuousClock.now < deadline {
            guard let screen = await console(["screen"], hub) else { return }
            if screen.kind == .choice { break }
            try? await Task.sleep(for: .milliseconds(20))
        }
        guard await console(["key", "1"], hub)?.kind == .confirm else { return }
        late.confirming()
        if await console(["key", "1"], hub)?.kind == .done { late.checkedIn() }
    }

    /// `kiosk simulate …` without `Daemon.json`'s requirement: failing is expected once hubd is killed.
    private static func console(_ arguments: [String], _ hub: Daemon) async -> ConsoleScreen? {
        let result = await hub.kiosk(["simulate"] + arguments + ["--json"])
        guard result.exit == 0 else { return nil }
        return try? HubJSON.decoder().decode(ConsoleScreen.self, from: Data(result.stdout.utf8))
    }

    /// Unique codes into the scanner pty every 3 ms while a cycle runs; a write refused while
    /// hubd is down is simply not a scan.
    private func startScanWriter() -> Thread {
        let scanner = hub.scanner, scanning = self.scanning, stop = stopScanning
        let thread = Thread {
            var number = 0
            while !stop.isSet {
                guard scanning.isSet else {
                    usleep(1_000)
                    continue
                }
                number += 1
                try? scanner.write(Array(String(format: "VG%08d", number).utf8) + [0x0D])
                usleep(3_000)
            }
        }
        thread.start()
        return thread
    }
}
