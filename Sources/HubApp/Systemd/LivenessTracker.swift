import Synchronization

/// One part of hubd that must keep answering: `check` returns (or throws) promptly while that
/// part works, and hangs when it is stuck.
struct LivenessProbe: Sendable {
    let name: String
    let check: @Sendable () async throws -> Void
}

/// Runs each probe at most once at a time and remembers when each last answered.
///
/// A probe that hangs is left hanging, never restarted: its missing answer is the signal.
final class LivenessTracker: Sendable {
    private struct Entry {
        var lastAnswer: ContinuousClock.Instant
        var inFlight = false
    }

    private let probes: [LivenessProbe]
    private let entries: Mutex<[String: Entry]>

    init(_ probes: [LivenessProbe], now: ContinuousClock.Instant = .now) {
        self.probes = probes
        entries = Mutex(Dictionary(uniqueKeysWithValues: probes.map { ($0.name, Entry(lastAnswer: now)) }))
    }

    /// Starts every probe that is not still running.
    func probeAll() {
        for probe in probes where start(probe.name) {
            Task {
                try? await probe.check()
                self.answered(probe.name)
            }
        }
    }

    /// The parts that have not answered within `age`; empty while all is well.
    func silent(longerThan age: Duration, now: ContinuousClock.Instant = .now) -> [String] {
        entries.withLock { entries in
            entries.filter { now - $0.value.lastAnswer > age }.map(\.key).sorted()
        }
    }

    private func start(_ name: String) -> Bool {
        entries.withLock { entries in
            guard entries[name]?.inFlight == false else { return false }
            entries[name]?.inFlight = true
            return true
        }
    }

    private func answered(_ name: String) {
        entries.withLock { entries in
            entries[name]?.lastAnswer = .now
            entries[name]?.inFlight = false
        }
    }
}
