import Dispatch
@testable import Devices
import Logging
import Synchronization
import SystemPackage
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A reading thread answers a liveness ping while idle in `poll`, and stays silent while stuck.
@Suite struct LoopPingsTests {
    @Test func anIdleLoopAnswersAStuckOneDoesNotAndAnAbsentDeviceAnswersAtOnce() async throws {
        let pings = LoopPings()
        let (readEnd, writeEnd) = try FileDescriptor.pipe()
        _ = fcntl(readEnd.rawValue, F_SETFL, O_NONBLOCK)
        let gate = DispatchSemaphore(value: 0)
        let stalled = StallFlag()
        let events = try await pings.enrolling(as: "desk-scanner") {
            try FileDescriptorReader.start(
                readEnd, decoder: StallingDecoder(gate: gate, stalled: stalled), name: "desk-scanner", logger: Logger(label: "test")
            )
        }
        #expect(pings.running() == ["desk-scanner": 1])

        #expect(await PingProbe(pings, "desk-scanner").answered(within: .seconds(5)), "an idle loop answers")
        #expect(await PingProbe(pings, "unplugged-scanner").answered(within: .seconds(5)), "no loop, nothing stuck")

        _ = try writeEnd.writeAll(Array("S".utf8))
        // Ping only once the thread is inside `feed`: a ping sent earlier may be answered on the
        // same wake-up that reads the byte, before the thread gets stuck.
        for _ in 0..<500 where !stalled.isSet { try await Task.sleep(for: .milliseconds(10)) }
        #expect(stalled.isSet, "the reading thread reached the stalling decoder")
        let stuck = PingProbe(pings, "desk-scanner")
        #expect(await !stuck.answered(within: .milliseconds(600)), "a loop stuck in feed cannot answer")
        gate.signal()
        #expect(await stuck.answered(within: .seconds(5)), "the ping is answered once the loop moves again")

        try writeEnd.close()
        for await _ in events {}
        #expect(pings.running().isEmpty, "a loop that ended is no longer asked")
        #expect(await PingProbe(pings, "desk-scanner").answered(within: .seconds(5)))
    }
}

/// A decoder that blocks in `feed` on the byte "S" until the gate opens: a reading thread
/// stuck in a call, as a wedged driver would be.
private struct StallingDecoder: ByteStreamDecoder {
    let gate: DispatchSemaphore
    let stalled: StallFlag

    mutating func feed(_ bytes: [UInt8], at now: ContinuousClock.Instant) -> [UInt8] {
        if bytes.contains(UInt8(ascii: "S")) {
            stalled.set()
            gate.wait()
        }
        return bytes
    }
}

private final class StallFlag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
}

/// One ping in flight, so a test can look whether it has been answered without waiting for it.
private final class PingProbe: Sendable {
    private let done = Atomic<Bool>(false)

    init(_ pings: LoopPings, _ device: String) {
        Task {
            await pings.ping(device)
            self.done.store(true, ordering: .releasing)
        }
    }

    func answered(within limit: Duration) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if done.load(ordering: .acquiring) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return done.load(ordering: .acquiring)
    }
}
