import Foundation
import Testing

/// Issue 13, point 5: scans through a pty and an evdev FIFO under two CPU hogs, hubd restarted
/// on the way; no wait over 5 s for an acknowledgement beyond the disk's own slow fsyncs (a
/// `DiskProbe` in the same directory), nothing acknowledged lost or doubled.
/// The default suite runs 10⁴ scans with a restart every 2,500; `BUURHUB_SOAK=1` (or
/// `scripts/soak`) runs 10⁶ with a restart every 10⁵. `BUURHUB_SOAK_SCANS` overrides the count.
@Suite(.serialized) struct SoakTests {
    @Test func scansUnderLoadWithRestartsAreNeitherStalledNorLost() async throws {
        let environment = ProcessInfo.processInfo.environment
        let long = environment["BUURHUB_SOAK"] == "1"
        let scans = Int(environment["BUURHUB_SOAK_SCANS"] ?? "") ?? (long ? 1_000_000 : 10_000)
        let soak = try Soak(scans: scans, restartEvery: long ? 100_000 : max(1, scans / 4))
        try await soak.run()
        let figures = soak.figures
        FileHandle.standardError.write(Data("note: \(figures)\n".utf8))
        // A wait the disk itself caused (an fsync of its own stuck as long) is not hubd's stall:
        // hubd must not acknowledge before the commit is on disk.
        #expect(figures.longestGapBesideDisk < .seconds(5), "\(figures)")
        #expect(figures.lost == 0, "\(figures)")
        #expect(figures.doubled == 0, "\(figures)")
        #expect(figures.restarts == (scans - 1) / max(1, long ? 100_000 : scans / 4), "\(figures)")
        #expect(figures.acknowledged + figures.unacknowledgedAtStops >= scans, "every code was acknowledged or in flight at a stop: \(figures)")
    }
}
